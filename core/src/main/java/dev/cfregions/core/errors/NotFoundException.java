package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/** HTTP 404: no such mapping (1142, 1163), or no route to the zone (7003). */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }
}
