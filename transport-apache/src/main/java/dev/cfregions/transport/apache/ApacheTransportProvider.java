package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;

/**
 * Offers {@link ApacheTransport} to {@link java.util.ServiceLoader} under the name
 * {@value #NAME}, with priority {@value #PRIORITY}.
 */
public final class ApacheTransportProvider implements TransportProvider {
    /** The name the {@code dev.cfregions.transport} system property selects this provider by. */
    public static final String NAME = "apache";

    /** Below OkHttp (300), above Netty (100). */
    public static final int PRIORITY = 200;

    /** Public for {@link java.util.ServiceLoader}; cheap, builds nothing. */
    public ApacheTransportProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /** A transport with its own client, built from {@code config}. */
    @Override
    public HttpTransport create(TransportConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("ApacheTransportProvider.create: config must not be null");
        }
        return ApacheTransport.create(config);
    }
}
