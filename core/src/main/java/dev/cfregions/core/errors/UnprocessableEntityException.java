package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/** HTTP 422: the request was well-formed but could not be processed. */
public class UnprocessableEntityException extends ApiException {
    private static final long serialVersionUID = 1L;

    public UnprocessableEntityException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }
}
