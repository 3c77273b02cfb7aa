package dev.cfregions.transport.okhttp;

/**
 * What one exchange knows about itself beyond what OkHttp reports, carried as a request tag:
 * whether a connection was established, or timed out being established (so a timeout can name
 * its phase), and whether the
 * caller chose the {@code User-Agent} (so OkHttp's default one can be taken out again).
 */
final class ExchangeState {
    private final boolean callerSetUserAgent;
    private volatile boolean connected;
    private volatile boolean connectTimedOut;

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
}
