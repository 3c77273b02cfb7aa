package dev.cfregions.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A token bucket shared by every request of one client: at most {@code requests} requests in any
 * span of {@code window}. The bucket holds a burst of a tenth of them (at least one) and refills
 * with the rest spread evenly over the window, so a full bucket plus a window's refill never
 * exceeds the limit (a bucket as large as the limit would allow twice the limit in one window).
 * Waiting never holds a thread: a permit is a future completed by the injected sleeper.
 * Waiters are served in order, because each one takes its token (possibly on credit) when it asks.
 * {@link #pauseFor} stops every permit until a moment, as the service demands after a 429.
 * Thread-safe.
 */
public final class TokenBucket {
    private final Clock clock;
    private final Function<Duration, CompletableFuture<Void>> sleeper;
    private final double capacity;
    private final double nanosPerToken;
    private double tokens;
    private Instant last;
    private Instant pausedUntil = Instant.MIN;

    /**
     * @param requests the most requests in any span of {@code window}; at least 1
     * @param window the span the limit applies to; positive
     * @param clock the time source (a test's manual clock)
     * @param sleeper completes after the given delay without holding a thread
     */
    public TokenBucket(int requests, Duration window, Clock clock, Function<Duration, CompletableFuture<Void>> sleeper) {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be at least 1: " + requests);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.clock = clock;
        this.sleeper = sleeper;
        this.capacity = Math.max(1, requests / 10);
        double refilled = requests - capacity;
        // one request allowed per window when the burst already takes them all
        this.nanosPerToken = window.toNanos() / Math.max(1.0, refilled);
        this.tokens = capacity;
        this.last = clock.instant();
    }

    /** Completes when this caller may send one request. Cancelling it gives up the wait (not the token). */
    public CompletableFuture<Void> acquire() {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            refill(now);
            tokens -= 1;
            long debtNanos = tokens >= 0 ? 0 : (long) Math.ceil(-tokens * nanosPerToken);
            wait = max(Duration.ofNanos(debtNanos), Duration.between(now, pausedUntil));
        }
        if (wait.isZero() || wait.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        return sleep(wait).thenCompose(v -> untilUnpaused());
    }

    /** Stops every permit for {@code wait} from now (an earlier, longer pause stays). */
    public synchronized void pauseFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** A pause that started while this caller slept holds it back too. */
    private CompletableFuture<Void> untilUnpaused() {
        Duration left;
        synchronized (this) {
            left = Duration.between(clock.instant(), pausedUntil);
        }
        if (left.isZero() || left.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        return sleep(left).thenCompose(v -> untilUnpaused());
    }

    private CompletableFuture<Void> sleep(Duration d) {
        CompletableFuture<Void> f = sleeper.apply(d);
        if (f == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("The sleeper returned no future"));
        }
        return f;
    }

    private void refill(Instant now) {
        long elapsed = Duration.between(last, now).toNanos();
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed / nanosPerToken);
            last = now;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
