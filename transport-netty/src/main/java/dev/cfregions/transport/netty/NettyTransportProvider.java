package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;

/**
 * Lets the client find {@link NettyTransport} through {@link java.util.ServiceLoader}: name
 * {@code netty}, priority 100 (below okhttp and apache, which win when also present).
 */
public final class NettyTransportProvider implements TransportProvider {
    static final String NAME = "netty";
    private static final int PRIORITY = 100;

    /** For {@link java.util.ServiceLoader}. */
    public NettyTransportProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /** A transport with its own event loop group, which its {@code close()} shuts down. */
    @Override
    public HttpTransport create(TransportConfig config) {
        return NettyTransport.builder().config(config).build();
    }
}
