package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/** HTTP 5xx: the service (or a proxy in front of it) failed; 1140, 1141 and 1156 arrive this way. */
public class InternalServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    public InternalServerException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }
}
