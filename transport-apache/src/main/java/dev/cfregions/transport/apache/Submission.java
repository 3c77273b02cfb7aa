package dev.cfregions.transport.apache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One call of the owned client's {@code execute}, seen from the thread making it: outcomes of
 * the leases it starts are held back until the call has returned, then handed to the timer
 * thread in order. {@link HandOffLeases} says why the order matters; holding back (instead of
 * making the timer thread wait, as a latch did) keeps the thread that fires every deadline
 * from ever blocking.
 */
final class Submission {
    private static final ThreadLocal<Submission> CURRENT = new ThreadLocal<>();

    private final Executor handOff;
    /** Outcomes waiting for the call to return; null once it has. */
    private List<Runnable> held = new ArrayList<>(1);

    private Submission(Executor handOff) {
        this.handOff = handOff;
    }

    /** Marks the calling thread as inside {@code execute}; end it with {@link #end()} in a finally block. */
    static Submission begin(Executor handOff) {
        Submission submission = new Submission(handOff);
        CURRENT.set(submission);
        return submission;
    }

    /** The submission the calling thread is inside of, or null (a timer or I/O thread). */
    static Submission current() {
        return CURRENT.get();
    }

    /** Hands {@code outcome} over now, or once the call has returned if it has not yet. */
    void deliver(Runnable outcome) {
        synchronized (this) {
            if (held != null) {
                held.add(outcome);
                return;
            }
        }
        HandOffLeases.handOff(handOff, outcome);
    }

    /** {@code execute} has returned: every step it started is registered, so held outcomes may run. */
    void end() {
        CURRENT.remove();
        List<Runnable> ready;
        synchronized (this) {
            ready = held;
            held = null;
        }
        for (Runnable outcome : ready) {
            HandOffLeases.handOff(handOff, outcome);
        }
    }
}
