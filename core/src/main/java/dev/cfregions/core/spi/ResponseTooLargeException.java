package dev.cfregions.core.spi;

/**
 * The response body was larger than the configured cap
 * ({@link TransportConfig#maxResponseBytes()}); the transport stopped reading it.
 */
public class ResponseTooLargeException extends TransportException {
    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public ResponseTooLargeException(long limitBytes) {
        super("Response body exceeds the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
