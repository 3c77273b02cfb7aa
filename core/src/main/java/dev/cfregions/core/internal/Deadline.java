package dev.cfregions.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time budget of one user call, fixed when the call starts and shared by every request the
 * call sends (a supported-regions check before a write, a read-back after a retried create,
 * further pages): each request gets what is left, not a fresh budget.
 */
public final class Deadline {
    private final Clock clock;
    private final Duration budget;
    private final Instant at;

    private Deadline(Clock clock, Duration budget) {
        this.clock = clock;
        this.budget = budget;
        this.at = budget == null ? null : clock.instant().plus(budget);
    }

    /**
     * A deadline {@code budget} from now.
     *
     * @param clock the clock that measures it
     * @param budget the whole call's budget, or {@code null} for no deadline
     * @return the deadline
     */
    public static Deadline start(Clock clock, Duration budget) {
        return new Deadline(clock, budget);
    }

    /**
     * The budget the call started with.
     *
     * @return the budget; empty when the call has no deadline
     */
    public Optional<Duration> budget() {
        return Optional.ofNullable(budget);
    }

    /**
     * The time left, possibly zero or negative once the deadline has passed.
     *
     * @return the time left; empty when the call has no deadline
     */
    public Optional<Duration> remaining() {
        return at == null ? Optional.empty() : Optional.of(Duration.between(clock.instant(), at));
    }

    /**
     * Whether nothing more may start.
     *
     * @return whether the deadline has been reached
     */
    public boolean passed() {
        return at != null && !clock.instant().isBefore(at);
    }

    /**
     * Whether {@code wait} followed by {@code work} would end after the deadline.
     *
     * @param wait the time before the work starts
     * @param work the least time the work is worth
     * @return whether they do not both fit
     */
    boolean wouldPass(Duration wait, Duration work) {
        return at != null && clock.instant().plus(wait).plus(work).isAfter(at);
    }
}
