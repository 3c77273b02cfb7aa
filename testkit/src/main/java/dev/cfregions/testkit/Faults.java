package dev.cfregions.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Schedules {@link Fault}s: scripted ("the next N requests matching this method and path") and
 * random ("this fraction of requests, from a seeded generator, so a failing run replays").
 * Scripted entries are consumed in the order they were added; they win over random faults.
 * Each matching request consumes one, whoever sends it: a client's retries are requests too, so
 * a retrying call uses up one scripted fault per attempt.
 * Only API requests are affected, never the {@code /__fake} control API. Thread-safe.
 *
 * <pre>{@code
 * fake.faults().next(2, "POST", "**origin_cloud_regions", Fault.status(503))
 *              .next(1, "*", "**", Fault.rateLimited(Duration.ofSeconds(3)));
 * fake.faults().next(1, "PUT", "**", Fault.applyThenFail(Fault.status(503)));  // the write lands, the answer is lost
 * fake.faults().random(42L, 0.1, Fault.status(502), Fault.dropConnection());
 * }</pre>
 * Paths are relative to {@code /client/v4} ({@code *} one segment, {@code **} anything);
 * a method of {@code "*"} matches every method.
 */
public final class Faults {
    private final List<Scripted> script = new ArrayList<>();
    private RandomFaults random;

    Faults() {}

    /**
     * The next {@code times} requests with this method and path get {@code fault}.
     *
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path relative to {@code /client/v4}; {@code *} one segment, {@code **} anything
     * @param times how many matching requests get it, positive
     * @param fault the fault to inject
     * @return this faults
     * @throws IllegalArgumentException when {@code times} is not positive or {@code fault} is null
     */
    public synchronized Faults next(int times, String method, String pathGlob, Fault fault) {
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive, got " + times);
        }
        if (fault == null) {
            throw new IllegalArgumentException("fault must not be null");
        }
        script.add(new Scripted(method, PathGlob.of(pathGlob), fault, times));
        return this;
    }

    /**
     * The very next API request, whatever it is, gets {@code fault}.
     *
     * @param fault the fault to inject
     * @return this faults
     */
    public Faults next(Fault fault) {
        return next(1, "*", "**", fault);
    }

    /**
     * From now on, each API request not taken by the script gets one of {@code effects} with
     * probability {@code rate}, drawn from a generator seeded with {@code seed}. Replaces any
     * earlier random setting.
     *
     * @param seed the seed, so a failing run can be repeated
     * @param rate the probability that a request gets a fault, from 0 to 1
     * @param effects the faults to choose from
     * @return this fault set
     * @throws IllegalArgumentException when the rate is outside 0 to 1, or no effect (or a null one) is given
     */
    public synchronized Faults random(long seed, double rate, Fault... effects) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("rate must be between 0 and 1, got " + rate);
        }
        if (effects == null || effects.length == 0) {
            throw new IllegalArgumentException("Give at least one fault effect");
        }
        for (int i = 0; i < effects.length; i++) {
            if (effects[i] == null) {
                throw new IllegalArgumentException("effects[" + i + "] must not be null");
            }
        }
        random = new RandomFaults(new Random(seed), rate, List.of(effects));
        return this;
    }

    /** {@return how many scripted faults are still waiting to fire} */
    public synchronized int pending() {
        int n = 0;
        for (Scripted s : script) {
            n += s.remaining;
        }
        return n;
    }

    /** Drops every scripted and random fault. */
    public synchronized void clear() {
        script.clear();
        random = null;
    }

    /** The fault for this request, consuming a scripted one; null for none. */
    synchronized Fault decide(String method, String rawPath) {
        for (Iterator<Scripted> it = script.iterator(); it.hasNext(); ) {
            Scripted s = it.next();
            if (PathGlob.methodMatches(s.method, method) && s.path.matches(rawPath)) {
                if (--s.remaining == 0) {
                    it.remove();
                }
                return s.fault;
            }
        }
        if (random != null && random.generator.nextDouble() < random.rate) {
            return random.effects.get(random.generator.nextInt(random.effects.size()));
        }
        return null;
    }

    private static final class Scripted {
        final String method;
        final PathGlob path;
        final Fault fault;
        int remaining;

        Scripted(String method, PathGlob path, Fault fault, int remaining) {
            this.method = method;
            this.path = path;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private record RandomFaults(Random generator, double rate, List<Fault> effects) {}
}
