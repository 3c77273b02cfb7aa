package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/** HTTP 403: the credentials may not do this (10000, 9109), or the zone is full (1164). */
public class PermissionDeniedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }
}
