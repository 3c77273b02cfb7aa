package dev.cfregions.core.errors;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The service refused the request: it answered with a non-2xx status, or with a 2xx whose
 * envelope says {@code "success": false}, lists errors and carries no usable {@code result}
 * (then {@link #status()} is that 2xx status, such as 200). Carries the status, every
 * Cloudflare error from the body (possibly none, when the body was not Cloudflare's JSON), the
 * {@code cf-ray} header, and the wait the service asked for, if any. A subclass per status
 * family lets callers catch what they can handle; {@link #hasCode(int)} tests for a Cloudflare
 * error code.
 *
 * <p>{@link #getMessage()} is bounded (about 4 KB, saying how much was cut) and has control,
 * invisible and bidirectional characters escaped, because it comes from the response and ends up
 * in logs; {@link #errors()} keeps every error with its text as sent. Survives Java
 * serialization with its errors.
 */
public class ApiException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** Every error the service reported. */
    private final List<CloudflareError> errors;
    /** The {@code cf-ray} header, or {@code null}. */
    private final String cfRay;
    /** The wait the service asked for, or {@code null}. */
    private final Duration retryAfter;
    /** An excerpt of a non-JSON body, or {@code null}. */
    private final String bodyExcerpt;

    /**
     * Creates the exception for an error response.
     *
     * @param status the HTTP status code
     * @param errors the errors reported in the body, possibly none
     * @param cfRay the {@code cf-ray} response header, or {@code null} when absent
     * @param retryAfter the wait the service asked for, or {@code null} when it did not
     * @param bodyExcerpt a short excerpt of a body that was not Cloudflare's JSON, or {@code null}
     */
    public ApiException(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String bodyExcerpt) {
        super(SafeText.of(message(status, errors, cfRay, retryAfter, bodyExcerpt)));
        this.status = status;
        this.errors = List.copyOf(errors);
        this.cfRay = cfRay;
        this.retryAfter = retryAfter;
        this.bodyExcerpt = bodyExcerpt;
    }

    /** {@return the HTTP status} */
    public int status() {
        return status;
    }

    /** {@return every error the service reported, in order; empty when the body held none} */
    public List<CloudflareError> errors() {
        return errors;
    }

    /**
     * {@return whether any reported error (or error in its chain) has {@code code}; see {@link ErrorCodes}}
     *
     * @param code the Cloudflare error code
     */
    public boolean hasCode(int code) {
        for (CloudflareError e : errors) {
            if (e.hasCode(code)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the {@code cf-ray} response header, for Cloudflare support; empty when absent} */
    public Optional<String> cfRay() {
        return Optional.ofNullable(cfRay);
    }

    /**
     * {@return how long the service asked to wait ({@code Retry-After}, {@code retry-after-ms}); empty when it did not}
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@return the start of a body that was not Cloudflare's JSON (an HTML error page, say); empty otherwise} */
    public Optional<String> bodyExcerpt() {
        return Optional.ofNullable(bodyExcerpt);
    }

    private static String message(int status, List<CloudflareError> errors, String cfRay, Duration retryAfter, String excerpt) {
        StringBuilder sb = new StringBuilder("HTTP ").append(status);
        if (!errors.isEmpty()) {
            sb.append(' ').append(errors);
        }
        if (excerpt != null) {
            sb.append(", body not Cloudflare JSON: \"").append(excerpt).append('"');
        }
        if (retryAfter != null) {
            sb.append(", retry after ").append(retryAfter.toMillis()).append(" ms");
        }
        if (cfRay != null) {
            sb.append(", cf-ray ").append(cfRay);
        }
        return sb.toString();
    }
}
