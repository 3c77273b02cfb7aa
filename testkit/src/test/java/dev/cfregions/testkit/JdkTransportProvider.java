package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;

/**
 * Registers the test-only {@link JdkHttpTransport} under the name {@code jdk-test}, so tests can
 * check that the extension's loopback client finds a transport by name through ServiceLoader
 * while the testkit depends on no transport module.
 */
public final class JdkTransportProvider implements TransportProvider {
    /** The name tests ask for. */
    static final String NAME = "jdk-test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public HttpTransport create(TransportConfig config) {
        return new JdkHttpTransport();
    }
}
