package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/** HTTP 429, or a wait longer than the retry policy's cap: rate limited (971). {@link #retryAfter()} says how long to wait. */
public class RateLimitException extends ApiException {
    private static final long serialVersionUID = 1L;

    public RateLimitException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }
}
