package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;

/** Which outcomes are worth another attempt, by the rules of the client's retry policy. */
final class RetryDecision {
    private RetryDecision() {}

    /**
     * 408, 429, 502, 503 and 504 for every call; 500 and every other 5xx (Cloudflare's 520-527
     * among them) only for idempotent ones. A response saying {@code x-should-retry: false} is
     * never retried.
     */
    static boolean retryable(HttpResponse response, boolean idempotent) {
        if (response.headers().firstValue("x-should-retry").map(v -> v.trim().equalsIgnoreCase("false")).orElse(false)) {
            return false;
        }
        int status = response.status();
        return switch (status) {
            case 408, 429, 502, 503, 504 -> true;
            default -> status >= 500 && status <= 599 && idempotent;
        };
    }

    static boolean retryable(Throwable failure, boolean idempotent) {
        if (failure instanceof ResponseTooLargeException) {
            return false;
        }
        if (failure instanceof TransportTimeoutException t) {
            // a connect timeout never reached the server; a response timeout may have
            return t.phase() == TransportTimeoutException.Phase.CONNECT || idempotent;
        }
        return failure instanceof TransportException;
    }
}
