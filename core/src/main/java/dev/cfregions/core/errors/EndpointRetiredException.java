package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;

/**
 * The {@code /cache/origin_cloud_regions} (v1) family is gone: a v1 call was answered with 410,
 * or with 404 and code 7000 ("No route for that URI") on a well-formed v1 route. Cloudflare
 * announced its end of life for 2026-10-01. Move to {@code client.origin().cloudRegions()}, the
 * current family, which reads and writes the same mappings.
 *
 * <p>A {@link NotFoundException} because the service answered as if nothing were there; but it
 * says nothing about any mapping: a {@code delete} that throws this did not find the mapping
 * gone, it never reached it.
 */
public class EndpointRetiredException extends NotFoundException {
    /** The serial form's version. */
    private static final long serialVersionUID = 1L;

    /** Where callers should go instead. */
    public static final String REPLACEMENT = "client.origin().cloudRegions()";

    /**
     * @param status the HTTP status (410 or 404)
     * @param errors the errors the service reported
     * @param cfRay the {@code cf-ray} header, or {@code null}
     * @param retryAfter the wait the service asked for, or {@code null}
     * @param bodyExcerpt the start of a non-JSON body, or {@code null}
     */
    public EndpointRetiredException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter,
            String bodyExcerpt) {
        super(status, errors, cfRay, retryAfter, bodyExcerpt);
    }

    @Override
    public String getMessage() {
        return "The /cache/origin_cloud_regions endpoints are retired (end of life 2026-10-01); use " + REPLACEMENT
                + ", which serves the same mappings. The service answered: " + super.getMessage();
    }
}
