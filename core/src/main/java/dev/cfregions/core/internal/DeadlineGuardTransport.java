package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A backstop against a transport that never completes: if neither the transport's own
 * timeouts nor the server end the exchange by connect timeout + request timeout + a grace
 * period, the call fails with {@link TransportTimeoutException} and the exchange is cancelled.
 * Transports honour their timeouts; this only guarantees that a caller never hangs.
 */
public final class DeadlineGuardTransport extends ForwardingTransport {
    private static final Duration GRACE = Duration.ofSeconds(1);
    private final Duration connectTimeout;

    public DeadlineGuardTransport(HttpTransport next, Duration connectTimeout) {
        super(next);
        this.connectTimeout = connectTimeout;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        CompletableFuture<HttpResponse> inner = next.execute(request);
        if (inner.isDone()) {
            return inner; // answered at once (the in-process face, a canned reply): nothing to guard
        }
        Duration limit = connectTimeout.plus(request.timeout()).plus(GRACE);
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        AtomicBoolean fired = new AtomicBoolean();
        Timers.Backstop backstop = Timers.schedule(() -> {
            // The exchange is cancelled before the caller hears of the timeout, so that whoever
            // sees the failure also sees the exchange ended; its cancellation is not the answer.
            fired.set(true);
            inner.cancel(true);
            result.completeExceptionally(new TransportTimeoutException(TransportTimeoutException.Phase.RESPONSE,
                    request.timeout(), new TimeoutException(next.name() + " transport did not complete within "
                    + limit.toMillis() + " ms")));
        }, limit);
        inner.whenComplete((r, e) -> {
            backstop.cancel();
            if (fired.get()) {
                return;
            }
            if (e != null) {
                result.completeExceptionally(RetryingCaller.unwrap(e));
            } else {
                result.complete(r);
            }
        });
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                backstop.cancel();
                inner.cancel(true);
            }
        });
        return result;
    }
}
