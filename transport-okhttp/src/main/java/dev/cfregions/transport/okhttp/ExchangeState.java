package dev.cfregions.transport.okhttp;

/**
 * What one exchange knows about itself beyond what OkHttp reports, carried as a request tag:
 * whether a connection was established (so a timeout can name its phase) and whether the
 * caller chose the {@code User-Agent} (so OkHttp's default one can be taken out again).
 */
final class ExchangeState {
    private final boolean callerSetUserAgent;
    private volatile boolean connected;

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
}
