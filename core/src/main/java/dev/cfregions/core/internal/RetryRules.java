package dev.cfregions.core.internal;

import dev.cfregions.core.params.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What the retry loop needs from the public {@code RetryPolicy} and {@code Sleeper}, as plain
 * values and functions, so that this package does not depend on the client's package (which
 * depends on it) for the {@code Sleeper}.
 *
 * @param maxRetries retries after the first attempt
 * @param maxRetryAfter the longest server-requested wait that is slept
 * @param totalDeadline the budget of a whole call, or {@code null}
 * @param backoff the wait before retry {@code n} given a random number in [0, 1)
 * @param sleeper completes after the given delay without holding a thread
 */
public record RetryRules(int maxRetries, Duration maxRetryAfter, Duration totalDeadline, Backoff backoff,
        Function<Duration, CompletableFuture<Void>> sleeper) {

    /**
     * The rules of {@code policy}: the one place a policy becomes rules, for the client's policy
     * and for one call's alike.
     *
     * @param policy every setting but the sleeper
     * @param sleeper completes after the given delay without holding a thread
     * @return the rules
     */
    public static RetryRules of(RetryPolicy policy, Function<Duration, CompletableFuture<Void>> sleeper) {
        return new RetryRules(policy.maxRetries(), policy.maxRetryAfter(), policy.totalDeadline().orElse(null), policy::backoff,
                sleeper);
    }

    /** The backoff before a retry. */
    @FunctionalInterface
    public interface Backoff {
        Duration before(int retry, double random);
    }
}
