package dev.cfregions.transport.okhttp;

import java.util.List;

/**
 * What one exchange knows about itself beyond what OkHttp reports, carried as a request tag:
 * whether a connection was established, or timed out being established (so a timeout can name
 * its phase), whether the caller chose the {@code User-Agent} (so OkHttp's default one can be
 * taken out again), and any {@code Retry-After} hidden from OkHttp's follow-up logic.
 */
final class ExchangeState {
    private final boolean callerSetUserAgent;
    private volatile boolean connected;
    private volatile boolean connectTimedOut;
    private volatile List<String> heldRetryAfter = List.of();

    ExchangeState(boolean callerSetUserAgent) {
        this.callerSetUserAgent = callerSetUserAgent;
    }

    boolean callerSetUserAgent() {
        return callerSetUserAgent;
    }

    void markConnected() {
        connected = true;
    }

    boolean connected() {
        return connected;
    }

    /** The connect timeout (TCP and TLS) ran out and cancelled the call. */
    void markConnectTimedOut() {
        connectTimedOut = true;
    }

    boolean connectTimedOut() {
        return connectTimedOut;
    }

    /** Keeps a 503's {@code Retry-After} values away from OkHttp, which would retry on "0". */
    void holdRetryAfter(List<String> values) {
        heldRetryAfter = List.copyOf(values);
    }

    /** The {@code Retry-After} values taken out of the final response, to give back to the caller. */
    List<String> heldRetryAfter() {
        return heldRetryAfter;
    }
}
