package dev.cfregions.core.spi;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What the client tells a {@link TransportProvider} when it asks for a transport: how long to
 * wait for a connection, how much of a response body to accept, and whom to trust for TLS.
 * Immutable.
 *
 * @param connectTimeout how long establishing a connection (TCP and TLS) may take
 * @param maxResponseBytes the largest response body, after decoding, the transport accepts;
 *     a larger one fails with {@link ResponseTooLargeException}
 * @param sslContext the TLS context to use, or {@code null} for the JDK's default trust store;
 *     hostname verification stays on either way
 */
public record TransportConfig(Duration connectTimeout, long maxResponseBytes, SSLContext sslContext) {
    /** The default cap on response bodies: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    /** The default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** {@return the defaults: 10 s to connect, 16 MiB of body, the JDK's trust store} */
    public static TransportConfig defaults() {
        return new TransportConfig(DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, null);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param connectTimeout how long establishing a connection (TCP and TLS) may take
     * @param maxResponseBytes the largest response body, after decoding, the transport accepts;
     *     a larger one fails with {@link ResponseTooLargeException}
     * @param sslContext the TLS context to use, or {@code null} for the JDK's default trust store;
     *     hostname verification stays on either way
     * @throws NullPointerException if a required component is null
     */
    public TransportConfig {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (maxResponseBytes <= 0 || maxResponseBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxResponseBytes must be between 1 and 2 GiB: " + maxResponseBytes);
        }
    }

    /**
     * A copy with another connect timeout.
     *
     * @param timeout the connect timeout, positive
     * @return this transportConfig
     */
    public TransportConfig withConnectTimeout(Duration timeout) {
        return new TransportConfig(timeout, maxResponseBytes, sslContext);
    }

    /**
     * A copy with another response body cap.
     *
     * @param bytes the cap in bytes, positive
     * @return this transportConfig
     */
    public TransportConfig withMaxResponseBytes(long bytes) {
        return new TransportConfig(connectTimeout, bytes, sslContext);
    }

    /**
     * A copy that trusts what {@code context} trusts.
     *
     * @param context the TLS context to trust, or {@code null} for the JDK's default
     * @return this transportConfig
     */
    public TransportConfig withSslContext(SSLContext context) {
        return new TransportConfig(connectTimeout, maxResponseBytes, context);
    }
}
