package dev.cfregions.transport.netty;

import java.time.Duration;

/** Durations as the numbers Netty takes, saturating instead of overflowing for absurdly long ones. */
final class Durations {
    private Durations() {}

    static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    static int millisAsInt(Duration d) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
        } catch (ArithmeticException tooLong) {
            return Integer.MAX_VALUE;
        }
    }
}
