package dev.cfregions.testkit.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The live threads at one moment, to find threads started after it that outlive a
 * {@code close()}. Threads the test harness or the loopback peers start are not counted.
 */
final class ThreadSnapshot {
    /**
     * Threads that are not the transport's: the suite's own peers, JUnit's timeout watcher, and
     * the JVM-wide common pool (shared by every library and idling out on its own).
     */
    private static final Predicate<Thread> NOT_THE_TRANSPORTS = t -> t.getName().startsWith(ConformancePeer.THREAD_PREFIX)
            || t.getName().startsWith("junit-")
            || t.getName().startsWith("ForkJoinPool.commonPool-worker-");

    private final Set<Thread> before;

    private ThreadSnapshot(Set<Thread> before) {
        this.before = before;
    }

    static ThreadSnapshot take() {
        return new ThreadSnapshot(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /**
     * Polls until every thread started since the snapshot has ended, or {@code patience} has
     * passed; returns the survivors (empty when all ended). Threads matching {@code ignored} are
     * not waited for.
     */
    List<Thread> survivorsAfter(Duration patience, Predicate<Thread> ignored) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Thread> survivors = newThreads(ignored);
        while (!survivors.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            survivors = newThreads(ignored);
        }
        return survivors;
    }

    /** Threads alive now, started after the snapshot, matching {@code filter}. */
    List<Thread> newThreadsMatching(Predicate<Thread> filter) {
        return newThreads(filter.negate());
    }

    private List<Thread> newThreads(Predicate<Thread> ignored) {
        List<Thread> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !before.contains(t) && !NOT_THE_TRANSPORTS.test(t) && !ignored.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static String describe(List<Thread> threads) {
        return threads.stream()
                .map(t -> "'" + t.getName() + "'" + (t.isDaemon() ? " (daemon)" : "") + " in " + t.getState())
                .collect(Collectors.joining(", "));
    }
}
