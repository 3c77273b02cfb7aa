package dev.cfregions.core.internal;

import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;

/** Which outcomes are worth another attempt, by the rules of the client's retry policy. */
final class RetryDecision {
    private RetryDecision() {}

    static boolean retryable(int status, boolean idempotent) {
        return switch (status) {
            case 408, 429, 502, 503, 504 -> true;
            case 500 -> idempotent;
            default -> false;
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
