package dev.cfregions.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The fake's notion of "now": a base clock plus an offset that tests move with
 * {@code advanceClock}. Times are whole seconds, as the API prints them. Thread-safe.
 */
final class FakeClock {
    /** How the API prints {@code modified_on}: UTC, whole seconds, a literal {@code Z}. */
    static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Clock initial;
    private Clock base;
    private Duration offset = Duration.ZERO;

    FakeClock(Clock initial) {
        this.initial = Objects.requireNonNull(initial, "clock");
        this.base = initial;
    }

    synchronized Instant now() {
        return base.instant().plus(offset).truncatedTo(ChronoUnit.SECONDS);
    }

    synchronized void set(Clock clock) {
        base = Objects.requireNonNull(clock, "clock");
        offset = Duration.ZERO;
    }

    synchronized void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward; got " + by);
        }
        offset = offset.plus(by);
    }

    /** Back to the clock the fake was built with. */
    synchronized void reset() {
        base = initial;
        offset = Duration.ZERO;
    }

    static String format(Instant t) {
        return t == null ? null : WIRE.format(t);
    }
}
