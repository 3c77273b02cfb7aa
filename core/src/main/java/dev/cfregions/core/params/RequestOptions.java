package dev.cfregions.core.params;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.params.internal.HeaderRules;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings for one call, applied through a handle's {@code withOptions(RequestOptions)} view
 * rather than an overload of every method:
 *
 * <pre>{@code
 * ocr.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()).edit(params);
 * }</pre>
 *
 * <p>Whatever is not set stays the client's. The options apply only to calls made through that
 * view; the handle itself keeps the client's defaults. Immutable and thread-safe.
 *
 * <p>Extra headers never replace what the client owns: the credential headers
 * ({@code Authorization}, {@code X-Auth-Email}, {@code X-Auth-Key}), the content and framing
 * headers ({@code Content-Type}, {@code Content-Length}, {@code Content-Encoding},
 * {@code Transfer-Encoding}, {@code Host}) and {@code Accept} and {@code User-Agent} (set the
 * latter with the client builder's {@code userAgentPrefix}). Naming one of them is refused at
 * once with a {@link ValidationException}, never silently dropped. Interceptors adding headers
 * follow the same rule.
 *
 * <p>Retries: {@link Builder#retryPolicy(RetryPolicy)} replaces the whole policy for these calls
 * (retries, backoff, {@code Retry-After} cap and total deadline; a policy without a deadline means
 * none). {@link Builder#maxRetries(int)} and {@link Builder#totalDeadline(Duration)} each replace one
 * setting of the policy in force: of the {@code retryPolicy} when one is set, else of the client's
 * (or the view's this view is made from). So when both are set, the specific setting wins over the
 * policy's, whatever order the builder's methods were called in:
 *
 * <pre>{@code
 * // the backoff and Retry-After cap of `gentle`, but no retries
 * RequestOptions.builder().retryPolicy(gentle).maxRetries(0).build();
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();

    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final Integer maxRetries;
    private final Duration totalDeadline;
    private final Map<String, String> headers;
    private final AttemptListener attemptListener;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.retryPolicy = b.retryPolicy;
        this.maxRetries = b.maxRetries;
        this.totalDeadline = b.totalDeadline;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.attemptListener = b.attemptListener;
    }

    /** {@return options that change nothing: every setting is the client's} */
    public static RequestOptions none() {
        return NONE;
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these options, to change some of them} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.retryPolicy = retryPolicy;
        b.maxRetries = maxRetries;
        b.totalDeadline = totalDeadline;
        b.headers.putAll(headers);
        b.attemptListener = attemptListener;
        return b;
    }

    /** {@return each attempt's timeout; empty for the client's {@code requestTimeout}} */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * The whole retry policy of these calls, in place of the client's; {@link #maxRetries()} and
     * {@link #totalDeadline()}, when set, win over its settings of the same name.
     *
     * @return the policy; empty for the client's
     */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /**
     * How many retries follow a failed first attempt (0: none), in place of the policy's (this
     * options' {@link #retryPolicy()} if set, else the client's). Which failures are retried
     * stays the client's rule; the backoff and the {@code Retry-After} cap stay the policy's.
     *
     * @return the retries; empty for the policy's
     */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /** {@return the budget of each whole call (all attempts and waits), over the policy's; empty for the policy's} */
    public Optional<Duration> totalDeadline() {
        return Optional.ofNullable(totalDeadline);
    }

    /** {@return the extra headers sent with every request of these calls, in the order added} */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The listener told of each attempt of these calls. A view made from another view tells both
     * views' listeners, in the order the views were made.
     *
     * @return the listener; empty when none was set
     */
    public Optional<AttemptListener> attemptListener() {
        return Optional.ofNullable(attemptListener);
    }

    /** Equal when every setting is; listeners are compared with their own {@code equals} (a lambda: identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof RequestOptions r && Objects.equals(timeout, r.timeout)
                && Objects.equals(retryPolicy, r.retryPolicy) && Objects.equals(maxRetries, r.maxRetries)
                && Objects.equals(totalDeadline, r.totalDeadline) && headers.equals(r.headers)
                && Objects.equals(attemptListener, r.attemptListener);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, retryPolicy, maxRetries, totalDeadline, headers, attemptListener);
    }

    /** Header values are left out: they may be secrets of the caller's own. */
    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", retryPolicy=" + retryPolicy + ", maxRetries=" + maxRetries
                + ", totalDeadline=" + totalDeadline + ", headers=" + headers.keySet() + (attemptListener == null ? "" : ", attemptListener") + "}";
    }

    /** Builds {@link RequestOptions}; not thread-safe. Each setter checks its value at once. */
    public static final class Builder {
        private Duration timeout;
        private RetryPolicy retryPolicy;
        private Integer maxRetries;
        private Duration totalDeadline;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private AttemptListener attemptListener;

        private Builder() {}

        /**
         * Each attempt's timeout, in place of the client's {@code requestTimeout}.
         *
         * @param timeout positive
         * @return this builder
         * @throws ValidationException if {@code timeout} is null, zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive("timeout", timeout);
            return this;
        }

        /**
         * The whole retry policy of these calls (retries, backoff, {@code Retry-After} cap, total
         * deadline), in place of the client's; e.g. {@link RetryPolicy#none()} for a call that must
         * not be repeated. {@link #maxRetries(int)} and {@link #totalDeadline(Duration)} win over
         * the policy's settings of the same name.
         *
         * @param policy the policy
         * @return this builder
         * @throws ValidationException if {@code policy} is null
         */
        public Builder retryPolicy(RetryPolicy policy) {
            if (policy == null) {
                throw new ValidationException("retryPolicy", null, "required");
            }
            this.retryPolicy = policy;
            return this;
        }

        /**
         * How many retries may follow the first attempt (0: none), in place of the policy's: the
         * {@link #retryPolicy(RetryPolicy)} if set, else the client's.
         *
         * @param maxRetries 0 to {@value RetryPolicy#MAX_RETRIES}
         * @return this builder
         * @throws ValidationException if {@code maxRetries} is outside 0 to {@value RetryPolicy#MAX_RETRIES}
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = RetryPolicy.checkMaxRetries(maxRetries);
            return this;
        }

        /**
         * The budget of each whole call, all attempts and waits, in place of the policy's: the
         * {@link #retryPolicy(RetryPolicy)} if set, else the client's.
         *
         * @param totalDeadline positive
         * @return this builder
         * @throws ValidationException if {@code totalDeadline} is null, zero or negative
         */
        public Builder totalDeadline(Duration totalDeadline) {
            this.totalDeadline = positive("totalDeadline", totalDeadline);
            return this;
        }

        /**
         * An extra header, replacing an extra header of the same name (ignoring case).
         *
         * @param name a header name the client does not own (see {@link RequestOptions})
         * @param value the value, without line breaks
         * @return this builder
         * @throws ValidationException if the name is empty, not a header token, or one the client
         *     owns, or the value is null or holds a line break or NUL
         */
        public Builder header(String name, String value) {
            HeaderRules.checkAdded(name, value);
            headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            headers.put(name, value);
            return this;
        }

        /**
         * A listener told of each attempt of these calls, retries included: the way to count the
         * HTTP requests they make, whether they succeed or fail.
         *
         * @param listener thread-safe and quick; see {@link AttemptListener}
         * @return this builder
         * @throws ValidationException if {@code listener} is null
         */
        public Builder attemptListener(AttemptListener listener) {
            if (listener == null) {
                throw new ValidationException("attemptListener", null, "required");
            }
            this.attemptListener = listener;
            return this;
        }

        /** {@return the options} */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static Duration positive(String field, Duration d) {
            if (d == null) {
                throw new ValidationException(field, null, "required");
            }
            if (d.isNegative() || d.isZero()) {
                throw new ValidationException(field, d.toString(), "must be positive");
            }
            return d;
        }
    }
}
