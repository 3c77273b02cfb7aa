package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        CompletableFuture<HttpResponse> outer = new CompletableFuture<>();
        Duration limit = connectTimeout.plus(request.timeout()).plus(GRACE);
        outer.completeOnTimeout(null, limit.toNanos(), TimeUnit.NANOSECONDS);
        inner.whenComplete((r, e) -> {
            if (e != null) {
                outer.completeExceptionally(RetryingCaller.unwrap(e));
            } else {
                outer.complete(r);
            }
        });
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        outer.whenComplete((r, e) -> {
            if (e != null) {
                result.completeExceptionally(RetryingCaller.unwrap(e));
            } else if (r == null) { // the backstop fired
                inner.cancel(true);
                result.completeExceptionally(new TransportTimeoutException(TransportTimeoutException.Phase.RESPONSE,
                        request.timeout(), new TimeoutException(next.name() + " transport did not complete within "
                        + limit.toMillis() + " ms")));
            } else {
                result.complete(r);
            }
        });
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                inner.cancel(true);
            }
        });
        return result;
    }
}
