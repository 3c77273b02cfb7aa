package dev.cfregions.transport.apache;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The per-request context, which also tells the {@link Exchange} when its connection is ready.
 *
 * <p>HttpClient records the outgoing request in the context only once it has a connected
 * endpoint and is about to write to it; that is when the request timeout should start
 * counting. Hooking the context rather than an interceptor works for lent clients too, whose
 * interceptors the transport cannot touch. Tests pin this behaviour down (a trickling body
 * must time out after the request timeout, a slow TLS handshake after the connect timeout),
 * so an HttpClient upgrade that moves the call is caught there.
 *
 * <p>If the exchange already reported a connect timeout, the request must not go out after
 * all: throwing here aborts the exchange before a byte of it is written.
 *
 * <h2>Keeping cancellation reliable with a lent client</h2>
 * HttpClient 5.6 registers each step of an exchange (lease, connect, the exchange itself) as
 * what its future cancels, right after starting the step; a step that completes before its
 * starter registers it lets the later steps register first, and a cancel then reaches only a
 * finished step (see {@link HandOffLeases}). A client this transport owns avoids that without
 * waiting ({@link Submission}). For a lent one, whose connection manager the transport cannot
 * wrap, the I/O thread reads the request config just before registering the exchange step, so
 * this context makes that read wait, on any thread but the submitting one, until the client's
 * {@code execute} has returned ({@link #submitted()}). The wait is bounded and in practice
 * microseconds long, and only happens when another thread has overtaken the submitting one.
 */
final class ExchangeContext extends HttpClientContext {
    private static final long SUBMISSION_WAIT_MILLIS = 1000;

    private final Exchange exchange;
    private final boolean awaitSubmission;
    private final Thread submitter = Thread.currentThread();
    private final CountDownLatch submitted = new CountDownLatch(1);

    /**
     * Create on the thread that then calls the client's {@code execute}.
     *
     * @param awaitSubmission whether reading the request config on another thread waits for
     *     that call to return (lent clients only)
     */
    ExchangeContext(Exchange exchange, boolean awaitSubmission) {
        this.exchange = exchange;
        this.awaitSubmission = awaitSubmission;
    }

    /** The submitting thread has returned from the client's {@code execute}. */
    void submitted() {
        submitted.countDown();
    }

    @Override
    public RequestConfig getRequestConfig() {
        if (awaitSubmission && submitted.getCount() > 0 && Thread.currentThread() != submitter) {
            try {
                submitted.await(SUBMISSION_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return super.getRequestConfig();
    }

    @Override
    public void setRequest(HttpRequest request) {
        super.setRequest(request);
        if (!exchange.connected()) {
            throw new IllegalStateException("The connect timeout has already been reported; the request is not sent");
        }
    }
}
