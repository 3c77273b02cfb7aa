package dev.cfregions.core.errors;

/** A text is not an IP address in a form the API accepts; see {@code OriginIp}. */
public class InvalidIpException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field refused, such as {@code items[3].ip}
     * @param input the text refused, or {@code null}
     * @param reason why it is not a valid IP
     */
    public InvalidIpException(String field, String input, String reason) {
        super(field, input, reason);
    }
}
