package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One request in flight: the future the caller holds, the Apache future doing the work, and
 * the deadline that bounds the whole exchange. Whichever ends first wins and the other is
 * stopped: a cancelled or failed caller future cancels the Apache exchange (which releases its
 * connection), and an Apache outcome cancels the deadline.
 *
 * <p>Time is kept in two phases. Until the client is about to write the request
 * ({@link #connected()}, called through {@link ExchangeContext}) the exchange is connecting:
 * leasing a pooled connection or opening one, TLS included, all within the connect timeout.
 * From then on the request timeout runs. A timeout while connecting is reported as
 * {@link TransportTimeoutException.Phase#CONNECT}, which promises the server never saw the
 * request; to keep that promise, an exchange whose connect phase expired refuses to be
 * written should the connection turn up a moment later.
 *
 * <p>A response is handed to the caller only once HttpClient has also put the connection back
 * in its pool ({@link #connectionReleased()}). HttpClient completes its own future first and
 * releases the connection just after, on the same I/O thread; a caller that sends its next
 * request straight from the completed future would otherwise race the release and open a
 * second connection. Should a client never report the release, the response is handed over
 * after a short grace ({@link #DEFAULT_RELEASE_GRACE}) anyway.
 */
final class Exchange implements FutureCallback<HttpResponse> {
    /** Where the exchange is, for the deadline and for naming a timeout's phase. */
    private enum Phase { CONNECTING, CONNECTED, CONNECT_EXPIRED }

    /** How long a finished response waits for the connection release before it is handed over regardless. */
    static final Duration DEFAULT_RELEASE_GRACE = Duration.ofMillis(50);

    private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

    private final HttpRequest request;
    private final Duration connectTimeout;
    private final ScheduledExecutorService timers;
    private final Duration releaseGrace;
    private final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    private volatile Future<HttpResponse> apacheFuture;
    private volatile ScheduledFuture<?> deadline;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.CONNECTING);
    /** Response received and connection released: the two signals a success waits for. */
    private final AtomicInteger successSignals = new AtomicInteger(2);
    private volatile HttpResponse response;
    private volatile ScheduledFuture<?> releaseFallback;
    private volatile boolean tunnelled;

    Exchange(HttpRequest request, Duration connectTimeout, ScheduledExecutorService timers, Duration releaseGrace) {
        this.request = request;
        this.connectTimeout = connectTimeout;
        this.timers = timers;
        this.releaseGrace = releaseGrace;
        result.whenComplete((response, failure) -> stop(failure != null));
    }

    /** The future handed to the caller. */
    CompletableFuture<HttpResponse> result() {
        return result;
    }

    /**
     * The request goes through a proxy's {@code CONNECT} tunnel: a 407 can then only be the
     * proxy refusing the tunnel (HttpClient hands that answer on as if it were the origin's),
     * which is a transport failure, not a response.
     */
    void tunnelsThroughProxy() {
        tunnelled = true;
    }

    /** Starts the connect-phase deadline. */
    void start() {
        arm(connectTimeout, this::connectExpired);
    }

    /** Ties the Apache future to this exchange, cancelling it at once if the caller already gave up. */
    void attach(Future<HttpResponse> future) {
        apacheFuture = future;
        if (result.isCompletedExceptionally()) {
            future.cancel(true);
        }
    }

    /**
     * The connection is ready and the request is about to be written: the request timeout
     * starts now.
     *
     * @return false if the connect phase already timed out, in which case the request must not
     *     be written
     */
    boolean connected() {
        if (phase.compareAndSet(Phase.CONNECTING, Phase.CONNECTED)) {
            if (!result.isDone()) {
                arm(request.timeout(), this::responseExpired);
            }
            return true;
        }
        return phase.get() == Phase.CONNECTED;
    }

    /** Whether the request may have been written, which decides the phase of a timeout. */
    boolean isConnected() {
        return phase.get() == Phase.CONNECTED;
    }

    /** Ends the exchange with {@code failure} unless it already ended. */
    void fail(TransportException failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void completed(HttpResponse received) {
        if (tunnelled && received.status() == PROXY_AUTHENTICATION_REQUIRED) {
            result.completeExceptionally(new TransportException("The proxy refused to open a tunnel for " + request.method() + " "
                    + request.uri().getHost() + ":" + request.uri().getPort() + " (407 Proxy Authentication Required):"
                    + " check the proxy credentials"));
            return;
        }
        response = received;
        if (successSignals.decrementAndGet() == 0) {
            result.complete(received);
            return;
        }
        try {
            releaseFallback = timers.schedule(() -> result.complete(received), releaseGrace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            result.complete(received);
        }
    }

    /** HttpClient has released the connection of a successful exchange. */
    void connectionReleased() {
        if (successSignals.decrementAndGet() == 0) {
            ScheduledFuture<?> fallback = releaseFallback;
            if (fallback != null) {
                fallback.cancel(false);
            }
            result.complete(response);
        }
    }

    @Override
    public void failed(Exception failure) {
        result.completeExceptionally(Failures.map(failure, request.method(), request.uri(), connectTimeout, request.timeout(), isConnected()));
    }

    @Override
    public void cancelled() {
        result.completeExceptionally(new TransportException("Exchange was cancelled for " + request));
    }

    private void connectExpired() {
        if (phase.compareAndSet(Phase.CONNECTING, Phase.CONNECT_EXPIRED)) {
            fail(new TransportTimeoutException(TransportTimeoutException.Phase.CONNECT, connectTimeout, null));
        }
    }

    private void responseExpired() {
        fail(new TransportTimeoutException(TransportTimeoutException.Phase.RESPONSE, request.timeout(), null));
    }

    private void arm(Duration delay, Runnable onExpiry) {
        ScheduledFuture<?> previous = deadline;
        try {
            deadline = timers.schedule(onExpiry, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            return; // the transport is closing and fails every exchange itself
        }
        if (previous != null) {
            previous.cancel(false);
        }
        if (result.isDone()) {
            deadline.cancel(false);
        }
    }

    private void stop(boolean abort) {
        ScheduledFuture<?> d = deadline;
        if (d != null) {
            d.cancel(false);
        }
        Future<HttpResponse> f = apacheFuture;
        if (abort && f != null && !f.isDone()) {
            f.cancel(true);
        }
    }
}
