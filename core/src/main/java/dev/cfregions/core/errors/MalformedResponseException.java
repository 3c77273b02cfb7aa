package dev.cfregions.core.errors;

/**
 * A successful (2xx) response whose body was not the JSON this API sends: empty, truncated,
 * HTML, or of the wrong shape. Carries the status and a short excerpt of the body.
 */
public class MalformedResponseException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String excerpt;

    public MalformedResponseException(int status, String problem, String excerpt, Throwable cause) {
        super(SafeText.of("HTTP " + status + " response body is not valid: " + problem + " (body starts: \"" + excerpt + "\")"), cause);
        this.status = status;
        this.excerpt = excerpt;
    }

    public int status() {
        return status;
    }

    /** The first characters of the body, control characters escaped. */
    public String excerpt() {
        return excerpt;
    }
}
