package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpResponse;

/**
 * The final response of a call, with the number of attempts it took.
 *
 * @param response the last response received
 * @param attempts how many times the request was sent (1 when it was not retried)
 */
public record Exchange(HttpResponse response, int attempts) {
    /** Whether the request was sent more than once: a non-idempotent call may have landed twice. */
    public boolean retried() {
        return attempts > 1;
    }
}
