package dev.cfregions.testkit;

import java.time.Duration;

/**
 * The bounds of the fake's HTTP server, so that no client, careless or hostile, can make it
 * hang or exhaust memory.
 *
 * @param readTimeout how long a request may take to arrive, from its first byte to its last;
 *        a client slower than this gets 408 and the connection is closed
 * @param idleTimeout how long a kept-alive connection may sit with no request before it is closed
 * @param maxHeaderBytes the request line and header fields together (431 past it)
 * @param maxBodyBytes one request body (413 past it)
 * @param maxConnections open connections; more are closed as soon as they are accepted
 */
record HttpLimits(Duration readTimeout, Duration idleTimeout, int maxHeaderBytes, int maxBodyBytes, int maxConnections) {
    /** The default read deadline: 10 seconds from a request's first byte to its last. */
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The default keep-alive idle timeout, the JDK server's own default. */
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    HttpLimits {
        if (readTimeout.isNegative() || readTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("HTTP timeouts must be positive, got read " + readTimeout + ", idle " + idleTimeout);
        }
    }

    /** The defaults with these timeouts: 32 KiB of head, 1 MiB of body, 4,096 connections. */
    static HttpLimits of(Duration readTimeout, Duration idleTimeout) {
        return new HttpLimits(readTimeout, idleTimeout, 32 * 1024, 1 << 20, 4096);
    }
}
