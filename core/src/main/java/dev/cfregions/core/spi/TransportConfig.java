package dev.cfregions.core.spi;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What the client tells a {@link TransportProvider} when it asks for a transport: how long to
 * wait for a connection, how much of a response body to accept, whom to trust for TLS, and
 * which proxy (if any) to go through. Immutable; its {@code toString} redacts proxy
 * credentials.
 *
 * @param connectTimeout one deadline for getting a connection: waiting for a pooled one,
 *     TCP connect, proxy tunnel and TLS handshake together
 * @param maxResponseBytes the largest response body, after decoding, the transport accepts;
 *     a larger one fails with {@link ResponseTooLargeException}
 * @param sslContext the TLS context to use, or {@code null} for the JDK's default trust store;
 *     hostname verification stays on either way
 * @param proxy the HTTP proxy to send through, or {@code null} to connect directly
 */
public record TransportConfig(Duration connectTimeout, long maxResponseBytes, SSLContext sslContext, ProxyConfig proxy) {
    /** The default cap on response bodies: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    /** The default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The defaults: 10 s to connect, 16 MiB of body, the JDK's trust store, no proxy.
     *
     * @return the default configuration
     */
    public static TransportConfig defaults() {
        return new TransportConfig(DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, null, null);
    }

    /**
     * Checks the values.
     *
     * @param connectTimeout positive
     * @param maxResponseBytes between 1 and 2 GiB
     * @param sslContext the TLS context, or {@code null} for the JDK's default
     * @param proxy the proxy, or {@code null} for none
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if {@code connectTimeout} is null
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
     * A configuration without a proxy.
     *
     * @param connectTimeout positive
     * @param maxResponseBytes between 1 and 2 GiB
     * @param sslContext the TLS context, or {@code null} for the JDK's default
     */
    public TransportConfig(Duration connectTimeout, long maxResponseBytes, SSLContext sslContext) {
        this(connectTimeout, maxResponseBytes, sslContext, null);
    }

    /**
     * A copy with another connect timeout.
     *
     * @param timeout positive
     * @return the copy
     */
    public TransportConfig withConnectTimeout(Duration timeout) {
        return new TransportConfig(timeout, maxResponseBytes, sslContext, proxy);
    }

    /**
     * A copy with another response body cap.
     *
     * @param bytes between 1 and 2 GiB
     * @return the copy
     */
    public TransportConfig withMaxResponseBytes(long bytes) {
        return new TransportConfig(connectTimeout, bytes, sslContext, proxy);
    }

    /**
     * A copy that trusts what {@code context} trusts.
     *
     * @param context the TLS context, or {@code null} for the JDK's default
     * @return the copy
     */
    public TransportConfig withSslContext(SSLContext context) {
        return new TransportConfig(connectTimeout, maxResponseBytes, context, proxy);
    }

    /**
     * A copy that sends through {@code proxy}.
     *
     * @param proxy the proxy, or {@code null} to connect directly
     * @return the copy
     */
    public TransportConfig withProxy(ProxyConfig proxy) {
        return new TransportConfig(connectTimeout, maxResponseBytes, sslContext, proxy);
    }

    /**
     * Whether a request to {@code host} goes through the proxy: there is one and the host is
     * not on its no-proxy list.
     *
     * @param host the host of the request's URI
     * @return true if the request must be sent through {@link #proxy()}
     */
    public boolean proxies(String host) {
        return proxy != null && !proxy.bypasses(host);
    }
}
