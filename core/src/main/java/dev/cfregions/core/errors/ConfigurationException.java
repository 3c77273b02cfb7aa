package dev.cfregions.core.errors;

/**
 * The client cannot be built as configured: no transport on the class path, an unknown
 * transport name, missing or malformed credentials, an insecure base URL. The message says
 * what to change.
 */
public class ConfigurationException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the detail message
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
