package dev.cfregions.core.spi;

/**
 * Makes transports; registered under {@code META-INF/services/dev.cfregions.core.spi.TransportProvider}
 * so the client can find one on the class path. Implementations have a public no-argument
 * constructor and are cheap to instantiate: the real work happens in {@link #create}.
 *
 * <p>When several providers are present, the client takes the one with the highest
 * {@link #priority()}, ties broken by {@link #name()}, and logs what it found and chose. The
 * system property {@code dev.cfregions.transport} naming a provider overrides that order.
 */
public interface TransportProvider {

    /**
     * {@return the provider's name, as used by the {@code dev.cfregions.transport} property: {@code okhttp}, {@code apache}, {@code netty}}
     */
    String name();

    /**
     * Higher wins when several providers are present. The bundled transports use
     * 300 (okhttp), 200 (apache) and 100 (netty).
     *
     * @return the priority; higher wins
     */
    int priority();

    /**
     * {@return a new transport that the caller owns and must close}
     *
     * @param config the timeouts, body cap and TLS settings the transport applies
     */
    HttpTransport create(TransportConfig config);
}
