package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.time.Duration;

/** What a face must do with one request, after faults were decided and the handler ran. */
sealed interface Outcome permits Outcome.Respond, Outcome.Drop, Outcome.Truncate, Outcome.Throttle {

    /** Send the response, after {@code delay} (zero for at once). */
    record Respond(HttpResponse response, Duration delay) implements Outcome {}

    /** Close the connection without responding. */
    record Drop() implements Outcome {}

    /** Start sending the response but stop part-way through its body. */
    record Truncate(HttpResponse response) implements Outcome {}

    /** Send the response with its body at {@code bytesPerSecond}. */
    record Throttle(HttpResponse response, long bytesPerSecond) implements Outcome {
        /** How long the whole body takes at that rate, rounded up to the nanosecond. */
        Duration bodyTime() {
            long nanos = response.body().length * 1_000_000_000L; // at most 2^31 * 10^9: no overflow
            return Duration.ofNanos(nanos / bytesPerSecond + (nanos % bytesPerSecond == 0 ? 0 : 1));
        }
    }

    static Outcome now(HttpResponse response) {
        return new Respond(response, Duration.ZERO);
    }
}
