package dev.cfregions.core.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread of the library's backstops. Unlike {@code CompletableFuture}'s own
 * delayer, a cancelled task leaves the queue at once, so a timer of a minute set for an exchange
 * that answered in a millisecond does not keep that exchange (and its body) reachable for the
 * minute.
 */
final class Timers {
    private static final ScheduledThreadPoolExecutor TIMER = create();

    private Timers() {}

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cfregions-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Runs {@code task} once {@code delay} has passed, unless cancelled first. The task must be short. */
    static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return TIMER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** {@return the tasks waiting to run}: for tests that check nothing is left behind */
    static int pending() {
        return TIMER.getQueue().size();
    }
}
