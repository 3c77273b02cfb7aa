package dev.cfregions.core.errors;

/** A text is not an IP address in a form the API accepts; see {@code OriginIp}. */
public class InvalidIpException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public InvalidIpException(String field, String input, String reason) {
        super(field, input, reason);
    }
}
