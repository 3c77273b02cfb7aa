package dev.cfregions.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What the client tells a {@link TransportProvider} when it asks for a transport: how long to
 * wait for a connection and how much of a response body to accept. Immutable.
 *
 * @param connectTimeout how long establishing a connection (TCP and TLS) may take
 * @param maxResponseBytes the largest response body, after decoding, the transport accepts
 */
public record TransportConfig(Duration connectTimeout, long maxResponseBytes) {
    /** The default cap on response bodies: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    /** The defaults: 10 s to connect, 16 MiB of body. */
    public static TransportConfig defaults() {
        return new TransportConfig(Duration.ofSeconds(10), DEFAULT_MAX_RESPONSE_BYTES);
    }

    public TransportConfig {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (maxResponseBytes <= 0 || maxResponseBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxResponseBytes must be between 1 and 2 GiB: " + maxResponseBytes);
        }
    }
}
