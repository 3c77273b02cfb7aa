package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.time.Duration;

/** What a face must do with one request, after faults were decided and the handler ran. */
sealed interface Outcome permits Outcome.Respond, Outcome.Drop, Outcome.Truncate {

    /** Send the response, after {@code delay} (zero for at once). */
    record Respond(HttpResponse response, Duration delay) implements Outcome {}

    /** Close the connection without responding. */
    record Drop() implements Outcome {}

    /** Start sending the response but stop part-way through its body. */
    record Truncate(HttpResponse response) implements Outcome {}

    static Outcome now(HttpResponse response) {
        return new Respond(response, Duration.ZERO);
    }
}
