package dev.cfregions.core.internal;

import dev.cfregions.core.errors.CloudflareException;
import dev.cfregions.core.params.AttemptListener;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.DoubleSupplier;

/**
 * The one retry loop. Sends a request, and while the outcome is retryable and the policy
 * allows, waits (without holding a thread) and sends it again. Completes with the last
 * response, whatever its status, or the last transport failure. Cancelling the returned future
 * cancels the attempt in flight and stops further attempts.
 */
public final class RetryingCaller {
    private static final System.Logger LOG = System.getLogger("dev.cfregions.retry");
    /**
     * The least time worth an attempt before the total deadline: with less left, the last real
     * answer is worth more to the caller than a certain timeout.
     */
    static final Duration MIN_ATTEMPT = Duration.ofMillis(100);

    private final HttpTransport transport;
    private final RetryRules rules;
    private final Clock clock;
    private final DoubleSupplier random;
    /** Where each attempt's outcome is handled, or {@code null} for the transport's own thread. */
    private final Executor completion;
    /** Told before each attempt, or {@code null}. */
    private final AttemptListener listener;

    public RetryingCaller(HttpTransport transport, RetryRules rules, Clock clock, DoubleSupplier random) {
        this(transport, rules, clock, random, null);
    }

    /**
     * @param completion where each attempt's outcome is handled and the result completed (so
     *     that decoding and the caller's stages run there), or {@code null} for the thread the
     *     transport completes on
     */
    public RetryingCaller(HttpTransport transport, RetryRules rules, Clock clock, DoubleSupplier random, Executor completion) {
        this(transport, rules, clock, random, completion, null);
    }

    private RetryingCaller(HttpTransport transport, RetryRules rules, Clock clock, DoubleSupplier random, Executor completion,
            AttemptListener listener) {
        this.transport = transport;
        this.rules = rules;
        this.clock = clock;
        this.random = random;
        this.completion = completion;
        this.listener = listener;
    }

    /**
     * This loop also telling {@code next} of each attempt, after any listener it already tells.
     *
     * @param next the listener to add
     * @return the loop with it
     */
    public RetryingCaller withAttemptListener(AttemptListener next) {
        AttemptListener before = listener;
        AttemptListener both = before == null ? next : attempt -> {
            before.beforeAttempt(attempt);
            next.beforeAttempt(attempt);
        };
        return new RetryingCaller(transport, rules, clock, random, completion, both);
    }

    /**
     * This loop over the same pipeline with some of its rules replaced, for one call's options:
     * first the whole {@code policy}, then {@code maxRetries} and {@code totalDeadline} over it.
     * The sleeper stays this loop's.
     *
     * @param policy the rules in place of this loop's, or {@code null} to keep this loop's
     * @param maxRetries the retries after the first attempt, or {@code null} to keep the policy's
     * @param totalDeadline the budget of a whole call, or {@code null} to keep the policy's
     * @return the loop with those rules
     */
    public RetryingCaller withRules(RetryPolicy policy, Integer maxRetries, Duration totalDeadline) {
        RetryRules base = policy == null ? rules : RetryRules.of(policy, rules.sleeper());
        RetryRules r = new RetryRules(maxRetries == null ? base.maxRetries() : maxRetries, base.maxRetryAfter(),
                totalDeadline == null ? base.totalDeadline() : totalDeadline, base.backoff(), base.sleeper());
        return new RetryingCaller(transport, r, clock, random, completion, listener);
    }

    /**
     * Starts the deadline of one user call, to be passed to every {@link #call} it makes.
     *
     * @return the policy's total deadline, counted from now
     */
    public Deadline startDeadline() {
        return Deadline.start(clock, rules.totalDeadline());
    }

    /**
     * Sends {@code request} within what is left of {@code deadline}; once it has passed, nothing
     * is sent and the call fails with {@link TransportTimeoutException} (phase
     * {@link TransportTimeoutException.Phase#CONNECT}: the server never saw it).
     *
     * @param request the request
     * @param idempotent whether a response timeout or a 500 may be retried
     * @param deadline the deadline of the user call this request belongs to
     * @return the last response, or the last transport failure
     */
    public CompletableFuture<Exchange> call(HttpRequest request, boolean idempotent, Deadline deadline) {
        if (deadline.passed()) {
            Duration budget = deadline.budget().orElseThrow();
            return CompletableFuture.failedFuture(new TransportTimeoutException("The call's total deadline of "
                    + budget.toMillis() + " ms passed before " + request + " was sent", TransportTimeoutException.Phase.CONNECT,
                    budget, null));
        }
        Call call = new Call(request, idempotent, deadline);
        call.attempt(0);
        return call.result;
    }

    /** One logical call across its attempts. */
    private final class Call {
        final CompletableFuture<Exchange> result = new CompletableFuture<>();
        final HttpRequest request;
        final boolean idempotent;
        final Deadline deadline;
        volatile CompletableFuture<?> inFlight;

        Call(HttpRequest request, boolean idempotent, Deadline deadline) {
            this.request = request;
            this.idempotent = idempotent;
            this.deadline = deadline;
            result.whenComplete((x, e) -> {
                CompletableFuture<?> f = inFlight;
                if (result.isCancelled() && f != null) {
                    f.cancel(true);
                }
            });
        }

        void attempt(int retriesDone) {
            if (result.isDone()) {
                return;
            }
            HttpRequest toSend = request;
            Duration left = deadline.remaining().orElse(null);
            if (left != null && left.compareTo(request.timeout()) < 0) {
                toSend = request.withTimeout(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
            }
            if (listener != null) {
                try {
                    listener.beforeAttempt(retriesDone + 1);
                } catch (RuntimeException e) {
                    result.completeExceptionally(new CloudflareException("The attempt listener failed: " + e, e));
                    return;
                }
            }
            CompletableFuture<HttpResponse> f;
            try {
                f = transport instanceof AttemptNumberedTransport numbered ? numbered.execute(toSend, retriesDone + 1)
                        : transport.execute(toSend);
            } catch (RuntimeException e) { // a transport breaking its contract must not escape as a throw
                f = CompletableFuture.failedFuture(e);
            }
            inFlight = f;
            if (result.isCancelled()) {
                f.cancel(true);
                return;
            }
            f.whenComplete((response, failure) -> {
                if (completion == null) {
                    outcome(retriesDone, response, failure);
                } else {
                    handOff(() -> outcome(retriesDone, response, failure));
                }
            });
        }

        /** Handles an attempt's outcome as a guarded step of the loop. */
        void outcome(int retriesDone, HttpResponse response, Throwable failure) {
            try {
                onOutcome(retriesDone, response, unwrap(failure));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }

        /** Runs {@code step} on the completion executor; on a refusal, here, so that the call still ends. */
        void handOff(Runnable step) {
            try {
                completion.execute(step);
            } catch (RejectedExecutionException e) {
                step.run();
            }
        }

        /** Runs a step of the loop; whatever it throws (a bad sleeper or jitter source, say) ends the call. */
        void guarded(Runnable step) {
            try {
                step.run();
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }

        void onOutcome(int retriesDone, HttpResponse response, Throwable failure) {
            if (result.isDone()) {
                return;
            }
            if (failure instanceof CancellationException) {
                result.completeExceptionally(failure);
                return;
            }
            boolean retryable = failure != null
                    ? RetryDecision.retryable(failure, idempotent)
                    : RetryDecision.retryable(response, idempotent);
            if (!retryable || retriesDone >= rules.maxRetries()) {
                finish(retriesDone, response, failure);
                return;
            }
            Optional<Duration> serverWait = response == null ? Optional.empty() : RetryAfter.parse(response.headers(), clock);
            if (serverWait.isPresent() && serverWait.get().compareTo(rules.maxRetryAfter()) > 0) {
                LOG.log(Level.DEBUG, () -> request + ": server asked to wait " + serverWait.get().toMillis()
                        + " ms, above the cap of " + rules.maxRetryAfter().toMillis() + " ms; not retrying");
                finish(retriesDone, response, null);
                return;
            }
            Duration delay = serverWait.orElseGet(() -> rules.backoff().before(retriesDone, random.getAsDouble()));
            if (deadline.wouldPass(delay, MIN_ATTEMPT)) {
                LOG.log(Level.DEBUG, () -> request + ": next retry would pass the total deadline; giving up");
                finish(retriesDone, response, failure);
                return;
            }
            LOG.log(Level.DEBUG, () -> request + ": attempt " + (retriesDone + 1) + " got "
                    + (failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.status())
                    + "; retrying in " + delay.toMillis() + " ms");
            CompletableFuture<Void> wait = rules.sleeper().apply(delay);
            if (wait == null) {
                throw new IllegalStateException("The sleeper returned no future");
            }
            inFlight = wait;
            wait.whenComplete((v, e) -> guarded(() -> {
                if (e != null) {
                    result.completeExceptionally(unwrap(e));
                } else {
                    attempt(retriesDone + 1);
                }
            }));
        }

        void finish(int retriesDone, HttpResponse response, Throwable failure) {
            if (failure != null) {
                result.completeExceptionally(typed(failure));
            } else {
                result.complete(new Exchange(response, retriesDone + 1));
            }
        }
    }

    /**
     * A transport broke its contract when it threw, or failed its future with, an unchecked
     * exception that is not ours (an NPE, say): the caller gets a {@link TransportException}
     * with it as the cause, so that catching {@code CloudflareException} is enough. It is not
     * retried: it says nothing about the network.
     */
    private Throwable typed(Throwable failure) {
        if (failure instanceof RuntimeException && !(failure instanceof CloudflareException)
                && !(failure instanceof CancellationException)) {
            return new TransportException(transport.name() + " transport failed unexpectedly: " + failure, failure);
        }
        return failure;
    }

    static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
