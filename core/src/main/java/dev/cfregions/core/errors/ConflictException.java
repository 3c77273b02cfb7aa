package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/** HTTP 409: the request conflicted with the current state. */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }
}
