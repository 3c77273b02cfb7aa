package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Holds each attempt until the client's {@link TokenBucket} gives a permit, so every call of one
 * client (sync, loops over zones, retries) shares one budget. A 429 carrying {@code Retry-After}
 * pauses the whole bucket, so no other call of the client runs into the same wall; the pause is
 * capped at {@code maxPause} (the limiter's window) so a bogus header cannot stall it for ever.
 */
public final class RateLimitingTransport extends ForwardingTransport {
    private final TokenBucket bucket;
    private final Clock clock;
    private final Duration maxPause;

    /**
     * @param next the rest of the pipeline
     * @param bucket the budget every call of the client shares
     * @param clock reads HTTP-date {@code Retry-After} values
     * @param maxPause the longest pause a {@code Retry-After} can impose
     */
    public RateLimitingTransport(HttpTransport next, TokenBucket bucket, Clock clock, Duration maxPause) {
        super(next);
        this.bucket = bucket;
        this.clock = clock;
        this.maxPause = maxPause;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        CompletableFuture<Void> permit = bucket.acquire();
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                permit.cancel(true);
            }
        });
        permit.whenComplete((v, waitFailure) -> {
            if (waitFailure != null) {
                result.completeExceptionally(RetryingCaller.unwrap(waitFailure));
                return;
            }
            if (result.isDone()) {
                return;
            }
            CompletableFuture<HttpResponse> sent;
            try {
                sent = next.execute(request);
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            CompletableFuture<HttpResponse> inFlight = sent;
            result.whenComplete((r, e) -> {
                if (result.isCancelled()) {
                    inFlight.cancel(true);
                }
            });
            inFlight.whenComplete((response, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(RetryingCaller.unwrap(failure));
                    return;
                }
                if (response != null && response.status() == 429) {
                    Optional<Duration> wait = RetryAfter.parse(response.headers(), clock);
                    wait.ifPresent(w -> bucket.pauseFor(w.compareTo(maxPause) > 0 ? maxPause : w));
                }
                result.complete(response);
            });
        });
        return result;
    }
}
