package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/** HTTP 404: no such mapping (1142, 1163), or no route to the zone (7003). */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for an error response.
     *
     * @param status the HTTP status code
     * @param errors the errors reported in the body, possibly none
     * @param cfRay the {@code cf-ray} response header, or {@code null} when absent
     * @param retryAfter the wait the service asked for, or {@code null} when it did not
     * @param bodyExcerpt a short excerpt of a body that was not Cloudflare's JSON, or {@code null}
     */
    public NotFoundException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }
}
