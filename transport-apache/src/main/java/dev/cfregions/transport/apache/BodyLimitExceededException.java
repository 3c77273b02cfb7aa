package dev.cfregions.transport.apache;

import java.io.IOException;

/**
 * Thrown inside the I/O pipeline when a decoded body grows past the cap. It is an
 * {@link IOException} on purpose: that is what makes the async client abort the exchange and
 * drop the connection instead of reading the rest. {@link Failures} turns it into the SPI's
 * {@code ResponseTooLargeException}.
 */
final class BodyLimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    BodyLimitExceededException(long limitBytes) {
        super("Response body exceeds the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    long limitBytes() {
        return limitBytes;
    }
}
