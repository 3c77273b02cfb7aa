package dev.cfregions.core.spi;

import java.time.Duration;

/**
 * The request did not complete within its timeout: connecting, or waiting for the response.
 * {@link #phase()} says which, because only a connect timeout is certain never to have
 * reached the server.
 */
public class TransportTimeoutException extends TransportException {
    private static final long serialVersionUID = 1L;

    /** Where the time ran out. */
    public enum Phase {
        /** The connection was not established in time: the server never saw the request. */
        CONNECT,
        /** The response (or the rest of it) did not arrive in time. */
        RESPONSE
    }

    /** Where the time ran out. */
    private final Phase phase;
    /** The timeout that elapsed. */
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param phase where the time ran out
     * @param timeout the timeout that elapsed
     * @param cause the transport's own failure, or {@code null}
     */
    public TransportTimeoutException(Phase phase, Duration timeout, Throwable cause) {
        super((phase == Phase.CONNECT ? "Connect" : "Request") + " timed out after " + timeout.toMillis() + " ms", cause);
        this.phase = phase;
        this.timeout = timeout;
    }

    /**
     * With a message of its own, for a timeout that is not simply one attempt's.
     *
     * @param message what ran out, and when
     * @param phase where the time ran out
     * @param timeout the time that was allowed
     * @param cause the underlying failure, or {@code null}
     */
    public TransportTimeoutException(String message, Phase phase, Duration timeout, Throwable cause) {
        super(message, cause);
        this.phase = phase;
        this.timeout = timeout;
    }

    /** {@return where the time ran out; only {@link Phase#CONNECT} is certain never to have reached the server} */
    public Phase phase() {
        return phase;
    }

    /** {@return the timeout that elapsed} */
    public Duration timeout() {
        return timeout;
    }
}
