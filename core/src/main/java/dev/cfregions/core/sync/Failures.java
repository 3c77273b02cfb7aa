package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.spi.TransportException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Which request-level failures leave a write's outcome unknown (so the zone must be re-read) or are worth a second read. */
final class Failures {
    private Failures() {}

    /**
     * 5xx, 408 and 429 answers, transport failures and timeouts, and 2xx answers that did not
     * decode: a write may or may not have landed, and a read is worth making again. Anything else
     * (a 4xx, a refused input) is a definite answer for every item of the request.
     */
    static boolean transientFailure(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof ApiException a) {
            return a.status() >= 500 || a.status() == 429 || a.status() == 408;
        }
        return e instanceof TransportException || e instanceof MalformedResponseException;
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The reason shown for every item of a failed request. */
    static String reason(Throwable t) {
        Throwable e = unwrap(t);
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isEmpty() ? "" : ": " + m);
    }
}
