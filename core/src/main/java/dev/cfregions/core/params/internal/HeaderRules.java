package dev.cfregions.core.params.internal;

import dev.cfregions.core.errors.ValidationException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one rule for headers that callers add to the client's requests, through
 * {@code RequestOptions} or an interceptor: which names the client owns (credentials, content
 * and framing, {@code Accept}, {@code User-Agent}) and so are refused, which ones carry
 * credentials and are redacted wherever a request is shown. Internal: not an API.
 */
public final class HeaderRules {
    /** What a redacted header value reads as. */
    public static final String REDACTED = "<redacted>";

    /** The credential headers, lower case: never shown, never set by anyone but the client. */
    private static final Set<String> CREDENTIALS = Set.of("authorization", "x-auth-email", "x-auth-key",
            "x-auth-user-service-key");
    /** Every header the client owns, lower case: credentials, content, framing, Accept and User-Agent. */
    private static final Set<String> RESERVED = Stream.concat(CREDENTIALS.stream(), Stream.of("content-type",
            "content-length", "content-encoding", "transfer-encoding", "host", "accept", "user-agent"))
            .collect(Collectors.toUnmodifiableSet());

    private HeaderRules() {}

    /**
     * Checks a header a caller adds: a valid header name the client does not own, and a value
     * without a line break or NUL. The value is never put into the exception: it may be a secret
     * of the caller's.
     *
     * @param name the header name
     * @param value the header value
     * @throws ValidationException if the name is empty, not a header token, or one the client owns,
     *     or the value is null or holds a line break or NUL; its field is {@code header} (the name
     *     as value) or {@code header <name>}
     */
    public static void checkAdded(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException("header", name, "a header name is required");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                throw new ValidationException("header", name, "not a valid header name");
            }
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new ValidationException("header", name, "set by the client (credentials, content or framing); "
                    + "it cannot be added, replaced or removed");
        }
        if (value == null) {
            throw new ValidationException("header " + name, null, "a value is required");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            // the value may be a secret of the caller's: it is not echoed
            throw new ValidationException("header " + name, REDACTED, "must not contain a line break or NUL");
        }
    }

    /**
     * {@return whether the header carries credentials, so that its value is never shown}
     *
     * @param name a header name, matched ignoring case
     */
    public static boolean isCredential(String name) {
        return CREDENTIALS.contains(name.toLowerCase(Locale.ROOT));
    }
}
