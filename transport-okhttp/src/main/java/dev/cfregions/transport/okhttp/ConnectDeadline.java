package dev.cfregions.transport.okhttp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Protocol;
import okio.AsyncTimeout;

/**
 * Bounds the whole of establishing a connection, TLS handshake included, by the config's
 * connect timeout. OkHttp's own {@code connectTimeout} covers only the TCP connect, and the
 * handshake would otherwise wait for the call timeout. Starts at the call's first
 * {@code connectStart}, ends at {@code connectEnd} (after the handshake) or when the call ends;
 * a call on a pooled connection never starts it. On expiry it marks the exchange and cancels
 * the call, so the failure is reported as a connect-phase timeout.
 */
final class ConnectDeadline extends EventListener {
    private final ExchangeState state;
    private final AsyncTimeout timer;
    private boolean started;

    ConnectDeadline(Call call, ExchangeState state, Duration connectTimeout) {
        this.state = state;
        this.timer = new AsyncTimeout() {
            @Override
            protected void timedOut() {
                state.markConnectTimedOut();
                call.cancel();
            }
        };
        timer.timeout(connectTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        if (!started) {
            started = true; // further attempts (another address of the host) share the budget
            timer.enter();
        }
    }

    @Override
    public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
        stop();
    }

    @Override
    public void callEnd(Call call) {
        stop();
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
        stop();
    }

    private synchronized void stop() {
        if (started) {
            timer.exit();
        }
    }
}
