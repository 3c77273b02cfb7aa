package dev.cfregions.core.spi;

import dev.cfregions.core.errors.CloudflareException;

/**
 * The request could not be completed at the transport level: connection refused or reset,
 * TLS failure, the transport was closed. No HTTP response was received, so the request may or
 * may not have reached the server.
 *
 * <p>Transports complete their futures with this type (or {@link TransportTimeoutException})
 * and never with a library-specific or checked exception.
 */
public class TransportException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the detail message
     */
    public TransportException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message the detail message
     * @param cause the underlying failure
     */
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
