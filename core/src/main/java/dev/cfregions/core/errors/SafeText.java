package dev.cfregions.core.errors;

/**
 * Text from the service made safe for an exception message, which ends up in logs: control,
 * invisible and bidirectional characters escaped as {@code \n}, {@code \r}, {@code \t} or
 * {@code \}{@code uXXXX} (so a body cannot forge log lines or hide text), and the length bounded,
 * saying how much was cut.
 */
final class SafeText {
    /** The longest message kept: enough for a few dozen errors, far less than a hostile body. */
    static final int MAX_CHARS = 4096;

    private SafeText() {}

    /**
     * @param text any text
     * @return {@code text} escaped, at most about {@link #MAX_CHARS} characters; when longer, cut
     *     with a note of how many of its characters were left out
     */
    static String of(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 64);
        int i = 0;
        for (; i < text.length() && sb.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                if (visible(cp)) {
                    sb.append(c).append(text.charAt(i + 1));
                } else {
                    escape(escape(sb, c), text.charAt(i + 1));
                }
                i++;
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (!visible(c) || Character.isSurrogate(c)) {
                escape(sb, c);
            } else {
                sb.append(c);
            }
        }
        if (i < text.length()) {
            sb.append("... [").append(text.length() - i).append(" more characters cut]");
        }
        return sb.toString();
    }

    private static boolean visible(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }

    private static StringBuilder escape(StringBuilder sb, char c) {
        return sb.append(String.format("\\u%04x", (int) c));
    }
}
