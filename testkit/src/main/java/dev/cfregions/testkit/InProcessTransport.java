package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The fake as an {@link HttpTransport}, with no socket: the request goes straight to the
 * engine. Faults map to what a network transport would report: a dropped connection or a
 * truncated body completes with {@link TransportException}; a delay (or a throttled body's
 * transfer time) longer than the request's timeout completes with {@link TransportTimeoutException}
 * once the timeout has elapsed. Delays run on the fake's scheduler, never on the caller's thread.
 */
final class InProcessTransport implements HttpTransport {
    private final FakeEngine engine;
    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier fakeClosed;
    private final Set<CompletableFuture<HttpResponse>> delayed;
    private volatile boolean closed;
    /** This transport's own answers held back by a delay, failed by {@link #close()}. */
    private final Set<CompletableFuture<HttpResponse>> mine = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param delayed the fake's set of answers being held back by a delay fault; the fake fails
     *     them when it closes, so no caller waits for a scheduler that is gone
     */
    InProcessTransport(FakeEngine engine, ScheduledExecutorService scheduler, BooleanSupplier fakeClosed,
                       Set<CompletableFuture<HttpResponse>> delayed) {
        this.engine = engine;
        this.scheduler = scheduler;
        this.fakeClosed = fakeClosed;
        this.delayed = delayed;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        if (closed || fakeClosed.getAsBoolean()) {
            return CompletableFuture.failedFuture(new TransportException(
                    closed ? "The in-process fake transport is closed" : "The FakeCloudflare behind this transport is closed"));
        }
        Outcome outcome;
        try {
            String rawPath = request.uri().getRawPath();
            outcome = engine.handle(new IncomingRequest(request.method(), rawPath == null || rawPath.isEmpty() ? "/" : rawPath,
                    request.uri().getRawQuery(), request.headers(), request.body()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new TransportException("The fake failed to handle " + request, e));
        }
        if (outcome instanceof Outcome.Drop) {
            return CompletableFuture.failedFuture(new TransportException(
                    "Connection closed by the fake before any response (injected fault)"));
        }
        if (outcome instanceof Outcome.Truncate) {
            return CompletableFuture.failedFuture(new TransportException(
                    "Connection closed before the full response body arrived (injected fault)"));
        }
        if (outcome instanceof Outcome.Throttle t) {
            return later(t.response(), t.bodyTime(), request.timeout()); // as long as the body would take
        }
        Outcome.Respond respond = (Outcome.Respond) outcome;
        return later(respond.response(), respond.delay(), request.timeout());
    }

    /** {@code response} after {@code delay} (at once for zero), or a timeout at {@code timeout} if that comes first. */
    private CompletableFuture<HttpResponse> later(HttpResponse response, Duration delay, Duration timeout) {
        if (delay.isZero()) {
            return CompletableFuture.completedFuture(response);
        }
        CompletableFuture<HttpResponse> future = new CompletableFuture<>();
        delayed.add(future);
        mine.add(future);
        future.whenComplete((r, e) -> {
            delayed.remove(future);
            mine.remove(future);
        });
        try {
            if (delay.compareTo(timeout) >= 0) {
                scheduler.schedule(() -> future.completeExceptionally(new TransportTimeoutException(
                        TransportTimeoutException.Phase.RESPONSE, timeout, null)), timeout.toNanos(), TimeUnit.NANOSECONDS);
            } else {
                scheduler.schedule(() -> future.complete(response), delay.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new TransportException("The fake is closed", e));
        }
        return future;
    }

    @Override
    public String name() {
        return "fake-in-process";
    }

    @Override
    public void close() {
        closed = true;
        for (CompletableFuture<HttpResponse> f : List.copyOf(mine)) {
            f.completeExceptionally(new TransportException("The in-process fake transport was closed"));
        }
    }
}
