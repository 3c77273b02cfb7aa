package dev.cfregions.core.internal;

import java.nio.charset.StandardCharsets;

/** The first characters of a body, safe to put in an exception message. */
final class Excerpt {
    static final int MAX_CHARS = 120;

    private Excerpt() {}

    static String of(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        int n = Math.min(body.length, MAX_CHARS * 4);
        String text = new String(body, 0, n, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 4);
        for (int i = 0; i < text.length() && sb.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7f) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        if (body.length > n || text.length() > sb.length()) {
            sb.append("...");
        }
        return sb.toString();
    }
}
