package dev.cfregions.core.params;

import dev.cfregions.core.errors.ValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When and how long to retry. Retried for every call: 408, 429, 502, 503, 504 and connection
 * failures. Retried only for idempotent calls (all but {@code create}): 500 and the other 5xx,
 * and response timeouts. Never retried: a response with {@code x-should-retry: false}. The wait is the server's ({@code retry-after-ms}, then {@code Retry-After} in
 * seconds or as an HTTP date) when it gave one, else exponential backoff with jitter. A server
 * wait above {@link #maxRetryAfter()} is not slept: the error is thrown with the wait in it.
 * Immutable.
 */
public final class RetryPolicy {
    /**
     * The most retries any setting accepts: the policy's, a call's {@link RequestOptions.Builder#maxRetries(int)},
     * and the CLI's {@code --max-retries}.
     */
    public static final int MAX_RETRIES = 20;

    /** The longest duration any setting accepts. */
    private static final Duration MAX_WAIT = Duration.ofDays(1);
    private static final RetryPolicy DEFAULT = builder().build();
    private static final RetryPolicy NONE = builder().maxRetries(0).build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final Duration totalDeadline;

    private RetryPolicy(Builder b) {
        this.maxRetries = checkMaxRetries(b.maxRetries);
        if (!(b.jitter >= 0 && b.jitter <= 1)) {
            throw new ValidationException("jitter", String.valueOf(b.jitter), "must be between 0 and 1");
        }
        this.initialBackoff = positive("initialBackoff", b.initialBackoff);
        this.maxBackoff = positive("maxBackoff", b.maxBackoff);
        this.jitter = b.jitter;
        this.maxRetryAfter = nonNegative("maxRetryAfter", b.maxRetryAfter);
        this.totalDeadline = b.totalDeadline == null ? null : positive("totalDeadline", b.totalDeadline);
    }

    /** {@return two retries, 0.5 s doubling to 8 s with 25 % jitter, server waits up to 60 s, no deadline} */
    public static RetryPolicy defaults() {
        return DEFAULT;
    }

    /**
     * Never retries.
     *
     * @return a policy with no retries
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /** {@return a new builder, with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder that starts from this value} */
    public Builder toBuilder() {
        return new Builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .jitter(jitter).maxRetryAfter(maxRetryAfter).totalDeadline(totalDeadline);
    }

    /**
     * Retries after the first attempt; attempts = retries + 1.
     *
     * @return the number of retries
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Backoff before the first retry, before jitter.
     *
     * @return the first backoff
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * Upper bound of the computed backoff.
     *
     * @return the largest backoff
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * Fraction (0..1) the backoff may be shortened at random, to spread clients apart.
     *
     * @return the jitter fraction
     */
    public double jitter() {
        return jitter;
    }

    /** {@return the longest server-requested wait that is honoured by sleeping} */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** {@return the time budget for the whole call, retries and waits included; empty for none} */
    public Optional<Duration> totalDeadline() {
        return Optional.ofNullable(totalDeadline);
    }

    /**
     * {@return the backoff before retry number {@code retry} (0 for the first): {@code initial · 2^retry},
     * at most {@code maxBackoff}, times {@code (1 − random · jitter)}}
     *
     * @param random a number in [0, 1)
     * @param retry the retry number, 1 for the first retry
     */
    public Duration backoff(int retry, double random) {
        if (retry < 0) {
            throw new IllegalArgumentException("retry must not be negative: " + retry);
        }
        if (!(random >= 0 && random < 1)) {
            throw new IllegalArgumentException("random must be in [0, 1): " + random);
        }
        double base = initialBackoff.toNanos() * Math.pow(2, Math.min(retry, 30));
        double capped = Math.min(base, maxBackoff.toNanos());
        return Duration.ofNanos((long) (capped * (1 - random * jitter)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && maxRetries == p.maxRetries && initialBackoff.equals(p.initialBackoff)
                && maxBackoff.equals(p.maxBackoff) && jitter == p.jitter && maxRetryAfter.equals(p.maxRetryAfter)
                && Objects.equals(totalDeadline, p.totalDeadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRetries, initialBackoff, maxBackoff, jitter, maxRetryAfter, totalDeadline);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + ", totalDeadline=" + totalDeadline + "}";
    }

    /**
     * {@return {@code maxRetries} when it is 0 to {@link #MAX_RETRIES}}
     *
     * @param maxRetries the retries after the first attempt
     * @throws ValidationException naming {@code maxRetries} otherwise
     */
    static int checkMaxRetries(int maxRetries) {
        if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
            throw new ValidationException("maxRetries", String.valueOf(maxRetries), "must be 0 to " + MAX_RETRIES);
        }
        return maxRetries;
    }

    private static Duration positive(String name, Duration d) {
        if (d != null && d.isZero()) {
            throw new ValidationException(name, d.toString(), "must be positive");
        }
        return nonNegative(name, d);
    }

    /** Refuses null, negative, and waits above a day (which also keeps nanosecond arithmetic from overflowing). */
    private static Duration nonNegative(String name, Duration d) {
        if (d == null) {
            throw new ValidationException(name, null, "required");
        }
        if (d.isNegative()) {
            throw new ValidationException(name, d.toString(), "must not be negative");
        }
        if (d.compareTo(MAX_WAIT) > 0) {
            throw new ValidationException(name, d.toString(), "must be at most " + MAX_WAIT);
        }
        return d;
    }

    /** Builds a {@link RetryPolicy}; not thread-safe. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double jitter = 0.25;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Duration totalDeadline;

        private Builder() {}

        /**
         * Sets the retries after the first attempt; default 2.
         *
         * @param maxRetries from 0 to {@value #MAX_RETRIES}
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the backoff before the first retry, doubled for each next one; default 0.5 s.
         *
         * @param initialBackoff positive, at most a day
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * Sets the upper bound of the computed backoff; default 8 s.
         *
         * @param maxBackoff positive, at most a day
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * Sets the fraction the backoff may be shortened at random; default 0.25.
         *
         * @param jitter from 0 to 1
         * @return this builder
         */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the longest server-requested wait that is slept; a longer one is thrown as the error. Default 60 s.
         *
         * @param maxRetryAfter not negative, at most a day
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * A budget for the whole call; {@code null} for none.
         *
         * @param totalDeadline the budget, or {@code null} for none
         * @return this builder
         */
        public Builder totalDeadline(Duration totalDeadline) {
            this.totalDeadline = totalDeadline;
            return this;
        }

        /**
         * {@return the immutable policy}
         *
         * @throws ValidationException naming the setting and its value if it is out of range or missing
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
