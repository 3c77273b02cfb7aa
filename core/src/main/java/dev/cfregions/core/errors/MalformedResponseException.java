package dev.cfregions.core.errors;

/**
 * A successful (2xx) response whose body was not the JSON this API sends: empty, truncated,
 * HTML, or of the wrong shape. Carries the status and a short excerpt of the body.
 */
public class MalformedResponseException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** The first characters of the body, escaped. */
    private final String excerpt;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status code
     * @param problem what is wrong with the body
     * @param excerpt the first characters of the body, control characters escaped
     * @param cause the parser's failure, or {@code null}
     */
    public MalformedResponseException(int status, String problem, String excerpt, Throwable cause) {
        super(SafeText.of("HTTP " + status + " response body is not valid: " + problem + " (body starts: \"" + excerpt + "\")"), cause);
        this.status = status;
        this.excerpt = excerpt;
    }

    /** {@return the HTTP status code} */
    public int status() {
        return status;
    }

    /** {@return the first characters of the body, control characters escaped} */
    public String excerpt() {
        return excerpt;
    }
}
