package dev.cfregions.core.internal;

/** A body did not have the shape we expect; turned into a typed error by {@link ResponseDecoder}. */
final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    DecodeException(String message) {
        super(message, null, false, false);
    }
}
