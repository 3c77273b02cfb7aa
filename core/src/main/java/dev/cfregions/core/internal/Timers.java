package dev.cfregions.core.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The library's backstops: tasks that run once their time has passed unless cancelled first,
 * checked by one daemon thread every {@link #TICK}. Every exchange over the network sets one and
 * nearly every one is cancelled within milliseconds, so setting and cancelling is what must be
 * cheap: a set and a removal in a concurrent set, with no thread woken (a scheduled executor
 * woke its thread for each new earliest task, that is for every request of a sequential caller).
 * A cancelled backstop leaves the set at once, so one of a minute set for an exchange that
 * answered in a millisecond does not keep that exchange (and its body) reachable for the minute.
 * A backstop fires up to one tick late: they guard against exchanges that never end, not time.
 */
final class Timers {
    /** How often due backstops are looked for; while none is set, nothing runs. */
    static final Duration TICK = Duration.ofMillis(50);

    private static final ScheduledThreadPoolExecutor THREAD = create();
    private static final Set<Backstop> SET = ConcurrentHashMap.newKeySet();
    /** Whether a sweep is scheduled; cleared by a sweep that found nothing left to watch. */
    private static final AtomicBoolean SWEEPING = new AtomicBoolean();

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

    /** A task due at a time; {@link #cancel()} before then and it never runs. */
    static final class Backstop {
        private final Runnable task;
        private final long dueNanos;

        private Backstop(Runnable task, long dueNanos) {
            this.task = task;
            this.dueNanos = dueNanos;
        }

        /** Stops the task from running, if it has not yet; forgets it either way. */
        void cancel() {
            SET.remove(this);
        }
    }

    /** Runs {@code task} once {@code delay} has passed (up to a tick later), unless cancelled first. The task must be short. */
    static Backstop schedule(Runnable task, Duration delay) {
        Backstop b = new Backstop(task, System.nanoTime() + delay.toNanos());
        SET.add(b);
        if (!SWEEPING.get() && SWEEPING.compareAndSet(false, true)) {
            THREAD.schedule(Timers::sweep, TICK.toNanos(), TimeUnit.NANOSECONDS);
        }
        return b;
    }

    /** Runs what is due, and looks again a tick later while anything is left to watch. */
    private static void sweep() {
        long now = System.nanoTime();
        for (Backstop b : SET) {
            if (now - b.dueNanos >= 0 && SET.remove(b)) {
                try {
                    b.task.run();
                } catch (RuntimeException e) {
                    // one bad task must not stop the others from firing
                }
            }
        }
        if (SET.isEmpty()) {
            SWEEPING.set(false);
            // a backstop set between the check and the reset found SWEEPING still true: look again
            if (SET.isEmpty() || !SWEEPING.compareAndSet(false, true)) {
                return;
            }
        }
        THREAD.schedule(Timers::sweep, TICK.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** {@return the backstops waiting to fire}: for tests that check nothing is left behind */
    static int pending() {
        return SET.size();
    }
}
