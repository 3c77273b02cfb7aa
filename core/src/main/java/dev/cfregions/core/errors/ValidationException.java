package dev.cfregions.core.errors;

import java.util.Objects;

/**
 * Input was refused on the client, before anything was sent. {@link #field()} names what was
 * wrong (such as {@code zoneId}, {@code ip}, {@code items[3].region}) and {@link #value()} shows
 * the offending value, with non-printable characters escaped so that a stray space or newline is
 * visible. Values of secret fields are never kept.
 */
public class ValidationException extends CloudflareException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 80;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The field refused. */
    private final String field;
    /** The value refused, or {@code null}. */
    private final String value;
    /** Why it was refused. */
    private final String reason;

    /**
     * @param field the name of the input that was wrong
     * @param value the value given, or {@code null} when it was missing; shown escaped
     * @param reason why it was refused, in a few words
     */
    public ValidationException(String field, String value, String reason) {
        super(message(field, value, reason));
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return the name of the offending input} */
    public String field() {
        return field;
    }

    /** {@return the offending value as given, or {@code null} when it was missing} */
    public String value() {
        return value;
    }

    /**
     * Why it was refused.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    private static String message(String field, String value, String reason) {
        return "Invalid " + field + (value == null ? " (missing)" : " \"" + escape(value) + "\"") + ": " + reason;
    }

    /** Shows control, whitespace and non-ASCII characters as {@code \\uXXXX}, and shortens long values. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
        int n = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c > ' ' && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else {
                sb.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        if (value.length() > MAX_SHOWN) {
            sb.append("...(").append(value.length()).append(" chars)");
        }
        return sb.toString();
    }
}
