package dev.cfregions.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a path segment (RFC 3986 {@code pchar}): unreserved characters, sub-delims,
 * {@code :} and {@code @} stay literal, as the official SDK sends them, so a canonical IPv6
 * address goes out as {@code 2001:db8::1}; everything else is encoded as UTF-8 bytes.
 */
final class PathSegment {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegment() {}

    static String encode(String segment) {
        int i = 0;
        while (i < segment.length() && literal(segment.charAt(i))) {
            i++;
        }
        if (i == segment.length()) {
            return segment;
        }
        StringBuilder sb = new StringBuilder(segment.length() + 16).append(segment, 0, i);
        for (byte b : segment.substring(i).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && literal(c)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return sb.toString();
    }

    private static boolean literal(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }
}
