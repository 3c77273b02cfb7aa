package dev.cfregions.core.errors;

/**
 * Root of every exception this library throws. All are unchecked: callers catch the
 * subtype they can act on and let the rest propagate.
 *
 * <p>No message in this hierarchy ever contains an API token or key.
 */
public class CloudflareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the detail message
     */
    public CloudflareException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    public CloudflareException(String message, Throwable cause) {
        super(message, cause);
    }
}
