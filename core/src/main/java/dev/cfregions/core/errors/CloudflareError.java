package dev.cfregions.core.errors;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One element of a Cloudflare response's {@code errors} array. Immutable.
 *
 * @param code the numeric code, such as 1142; the stable thing to branch on
 * @param message human-readable text; do not branch on it
 * @param documentationUrl a link the service sent, or {@code null}
 * @param pointer a JSON pointer to the offending input, or {@code null}
 * @param errorChain nested causes the service sent (as with 6003), possibly empty
 * @serial exclude JDK 17's javadoc asks for a comment on each serializable record component even
 *     when the record's {@code @param} tags describe them (JDK-8275199, fixed in 18); the
 *     components are documented above
 */
public record CloudflareError(int code, String message, String documentationUrl, String pointer,
        List<CloudflareError> errorChain) implements Serializable {
    /**
     * Creates the value, checking its components.
     *
     * @param code the numeric code, such as 1142; the stable thing to branch on
     * @param message human-readable text; do not branch on it
     * @param documentationUrl a link the service sent, or {@code null}
     * @param pointer a JSON pointer to the offending input, or {@code null}
     * @param errorChain nested causes the service sent (as with 6003), possibly empty
     * @throws NullPointerException if a required component is null
     */
    public CloudflareError {
        Objects.requireNonNull(message, "message");
        errorChain = List.copyOf(errorChain);
    }

    /**
     * {@return an error with only a code and a message}
     *
     * @param code the Cloudflare error code
     * @param message the service's message
     */
    public static CloudflareError of(int code, String message) {
        return new CloudflareError(code, message, null, null, List.of());
    }

    /**
     * {@return whether this error or any in its chain has {@code code}}
     *
     * @param code the Cloudflare error code
     */
    public boolean hasCode(int code) {
        if (this.code == code) {
            return true;
        }
        for (CloudflareError e : errorChain) {
            if (e.hasCode(code)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "[" + code + "] " + message + (errorChain.isEmpty() ? "" : " " + errorChain);
    }
}
