package dev.cfregions.core.spi;

/**
 * The response body was larger than the configured cap
 * ({@link TransportConfig#maxResponseBytes()}); the transport stopped reading it.
 */
public class ResponseTooLargeException extends TransportException {
    private static final long serialVersionUID = 1L;

    /** The cap that was exceeded. */
    private final long limitBytes;

    /**
     * Creates the exception.
     *
     * @param limitBytes the cap that was exceeded, in bytes
     */
    public ResponseTooLargeException(long limitBytes) {
        super("Response body exceeds the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    /** {@return the cap that was exceeded, in bytes} */
    public long limitBytes() {
        return limitBytes;
    }
}
