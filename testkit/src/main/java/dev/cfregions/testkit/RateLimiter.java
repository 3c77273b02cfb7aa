package dev.cfregions.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts requests per credential in fixed windows on the fake's clock and answers 429 / 971
 * with {@code Retry-After} once a window is used up (reference §12). Off unless configured.
 */
final class RateLimiter {
    private final RateLimit configured;
    private final FakeClock clock;
    private final Map<String, Window> windows = new HashMap<>();
    private RateLimit limit;

    RateLimiter(RateLimit configured, FakeClock clock) {
        this.configured = configured;
        this.limit = configured;
        this.clock = clock;
    }

    /** Replaces the limit ({@code null} switches it off) and starts every window afresh. */
    synchronized void set(RateLimit limit) {
        this.limit = limit;
        windows.clear();
    }

    /** Counts the request; throws the 429 failure when over the limit. */
    synchronized void check(Principal who) {
        if (limit == null) {
            return;
        }
        Instant now = clock.now();
        Window w = windows.get(who.id());
        if (w == null || !now.isBefore(w.start.plus(limit.window()))) {
            w = new Window(now);
            windows.put(who.id(), w);
        }
        if (++w.count > limit.requests()) {
            // seconds, rounded up (reference §12), so a client that waits exactly that long is let in
            long nanos = Duration.between(now, w.start.plus(limit.window())).toNanos();
            long wait = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
            throw new ApiFailure(429, java.util.List.of(ApiError.of(971, "Please wait and consider throttling your request speed")),
                    Map.of("Retry-After", Long.toString(wait)));
        }
    }

    /** Back to the configured limit, with every window afresh. */
    synchronized void clear() {
        set(configured);
    }

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }
}
