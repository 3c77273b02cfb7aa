package dev.cfregions.core.errors;

/**
 * The call was made on a {@code CloudflareClient} that has been closed. Nothing was sent: a
 * closed client fails every call at once, whether it created its transport or was lent one.
 */
public class ClientClosedException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /**
     * With a message that says what to do.
     *
     * @param message what was refused
     */
    public ClientClosedException(String message) {
        super(message);
    }
}
