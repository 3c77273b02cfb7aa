package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.core.spi.TransportTimeoutException.Phase;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.Call;

/**
 * Names an OkHttp failure in the SPI's terms. {@link ConnectDeadline} marks a connect (TCP or
 * TLS) that ran out of time. The transport sets no socket read or write timeouts, so a
 * {@link SocketTimeoutException} can only be OkHttp's TCP connect timeout, and an
 * {@link InterruptedIOException} on a call that was cancelled by nobody else is the call
 * timeout: its phase depends on whether a connection was made.
 */
final class FailureTranslator {
    private final Duration connectTimeout;

    FailureTranslator(TransportConfig config) {
        this.connectTimeout = config.connectTimeout();
    }

    TransportException translate(IOException e, Call call, ExchangeState state, Duration requestTimeout, boolean transportClosed) {
        String target = call.request().method() + " " + call.request().url().redact();
        if (transportClosed) {
            return new TransportException("The transport was closed before " + target + " completed", e);
        }
        if (state.connectTimedOut()) {
            return new TransportTimeoutException(Phase.CONNECT, connectTimeout, e);
        }
        if (e instanceof SocketTimeoutException) {
            return state.connected()
                    ? new TransportTimeoutException(Phase.RESPONSE, requestTimeout, e)
                    : new TransportTimeoutException(Phase.CONNECT, connectTimeout, e);
        }
        if (e instanceof InterruptedIOException && call.isCanceled()) {
            // OkHttp's call timeout cancels the call and reports InterruptedIOException("timeout").
            return new TransportTimeoutException(state.connected() ? Phase.RESPONSE : Phase.CONNECT, requestTimeout, e);
        }
        if (e instanceof ConnectException) {
            return new TransportException("Could not connect for " + target + ": " + e.getMessage(), e);
        }
        if (e instanceof SSLException) {
            return new TransportException("TLS failed for " + target + ": " + e.getMessage(), e);
        }
        return new TransportException(target + " failed: " + e, e);
    }
}
