package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;

/** Finds {@link OkHttpTransport} through {@code ServiceLoader}: name {@code okhttp}, priority 300. */
public final class OkHttpTransportProvider implements TransportProvider {
    /** The priority of the OkHttp transport: the highest of the bundled ones. */
    public static final int PRIORITY = 300;

    @Override
    public String name() {
        return "okhttp";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public HttpTransport create(TransportConfig config) {
        return OkHttpTransport.create(config);
    }
}
