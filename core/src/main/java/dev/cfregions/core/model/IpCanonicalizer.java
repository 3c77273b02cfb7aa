package dev.cfregions.core.model;

import dev.cfregions.core.errors.InvalidIpException;

/**
 * Parses IP text by the rules of {@code ip-canonical-form.md} and writes its canonical form
 * (RFC 5952 for IPv6). One pass over the input, no regular expressions, no DNS; an input that
 * is already canonical comes back as the same {@code String} instance.
 */
final class IpCanonicalizer {
    /** The longest valid text: eight full groups with an embedded dotted quad is 45 chars. */
    static final int MAX_LENGTH = 45;

    /**
     * Per-thread scratch space for the groups and the formatted text, so that parsing an
     * already-canonical IPv6 text allocates nothing but the {@link OriginIp} it returns (the
     * benchmarks measured 190 B/op with fresh arrays). Nothing escapes a call: every caller
     * copies what it keeps out of these arrays before returning.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        final int[] groups = new int[8];
        final char[] text = new char[MAX_LENGTH];
    }

    private IpCanonicalizer() {}

    /** The canonical text of {@code input}; {@code field} names it in the error. */
    static String canonicalize(String input, String field) {
        checkLength(input, field);
        if (isIpv6Text(input)) {
            Scratch scratch = SCRATCH.get();
            return canonicalIpv6(input, parseIpv6Groups(input, field, scratch.groups), scratch.text);
        }
        parseIpv4(input, 0, field);
        return input; // a valid IPv4 text admits only one spelling
    }

    /**
     * Parses {@code input} into an {@link OriginIp} carrying its canonical text and its 128 bits,
     * in the same one pass as {@link #canonicalize}; an IPv4 address gets the bits of its
     * IPv4-mapped form.
     */
    static OriginIp parse(String input, String field) {
        checkLength(input, field);
        if (isIpv6Text(input)) {
            Scratch scratch = SCRATCH.get();
            int[] g = parseIpv6Groups(input, field, scratch.groups);
            long high = (long) g[0] << 48 | (long) g[1] << 32 | (long) g[2] << 16 | g[3];
            long low = (long) g[4] << 48 | (long) g[5] << 32 | (long) g[6] << 16 | g[7];
            return new OriginIp(canonicalIpv6(input, g, scratch.text), high, low);
        }
        int v4 = parseIpv4(input, 0, field);
        return new OriginIp(input, 0L, OriginIp.IPV4_MAPPED_PREFIX | (v4 & 0xffff_ffffL));
    }

    private static boolean isIpv6Text(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    private static void checkLength(String input, String field) {
        if (input == null) {
            throw new InvalidIpException(field, null, "missing");
        }
        int n = input.length();
        if (n == 0) {
            throw new InvalidIpException(field, input, "empty");
        }
        if (n > MAX_LENGTH) {
            throw new InvalidIpException(field, input, "longer than any IP address (" + MAX_LENGTH + " characters)");
        }
    }

    /** The 4 or 16 bytes of a canonical (or any valid) IP text. */
    static byte[] toBytes(String valid) {
        if (valid.indexOf(':') < 0) {
            int v = parseIpv4(valid, 0, "ip");
            return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        }
        int[] g = parseIpv6Groups(valid, "ip", new int[8]);
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (g[i] >>> 8);
            b[2 * i + 1] = (byte) g[i];
        }
        return b;
    }

    /** Parses a dotted quad starting at {@code from} to the end of {@code s}; returns it as an int. */
    private static int parseIpv4(String s, int from, String field) {
        int n = s.length();
        int value = 0;
        int octets = 0;
        int i = from;
        while (true) {
            int start = i;
            int octet = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '.') {
                    break;
                }
                if (c < '0' || c > '9') {
                    throw invalidChar(s, i, field);
                }
                octet = octet * 10 + (c - '0');
                i++;
                if (i - start > 3) {
                    throw new InvalidIpException(field, s, "IPv4 octet has more than 3 digits");
                }
            }
            int len = i - start;
            if (len == 0) {
                throw new InvalidIpException(field, s, "empty IPv4 octet");
            }
            if (len > 1 && s.charAt(start) == '0') {
                throw new InvalidIpException(field, s, "IPv4 octet has a leading zero (ambiguous: octal or decimal)");
            }
            if (octet > 255) {
                throw new InvalidIpException(field, s, "IPv4 octet above 255");
            }
            value = (value << 8) | octet;
            octets++;
            if (i == n) {
                break;
            }
            i++; // the dot
            if (octets == 4) {
                throw new InvalidIpException(field, s, "more than 4 IPv4 octets");
            }
        }
        if (octets != 4) {
            throw new InvalidIpException(field, s, "expected 4 dotted decimal octets, found " + octets);
        }
        return value;
    }

    /** The RFC 5952 text of the groups {@code g} parsed from {@code s}; {@code s} itself when equal. */
    private static String canonicalIpv6(String s, int[] g, char[] out) {
        int len = format(g, out);
        if (len == s.length()) {
            boolean same = true;
            for (int i = 0; i < len; i++) {
                if (out[i] != s.charAt(i)) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return s;
            }
        }
        return new String(out, 0, len);
    }

    /** Parses IPv6 text into eight 16-bit groups, written into {@code groups} (returned). */
    private static int[] parseIpv6Groups(String s, String field, int[] groups) {
        int n = s.length();
        java.util.Arrays.fill(groups, 0);
        int count = 0;
        int gapAt = -1; // index in groups where "::" stands
        int i = 0;
        if (s.charAt(0) == ':') {
            if (n < 2 || s.charAt(1) != ':') {
                throw new InvalidIpException(field, s, "starts with a single ':'");
            }
            gapAt = 0;
            i = 2;
            if (i == n) {
                return groups; // "::"
            }
        }
        while (true) {
            int start = i;
            int value = 0;
            boolean dotted = false;
            while (i < n) {
                char c = s.charAt(i);
                int d = hexDigit(c);
                if (d >= 0) {
                    value = (value << 4) | d;
                    i++;
                    continue;
                }
                if (c == '.') {
                    dotted = true;
                } else if (c != ':') {
                    throw invalidChar(s, i, field);
                }
                break;
            }
            if (dotted) {
                if (count > 6) {
                    throw new InvalidIpException(field, s, "too many groups before the embedded IPv4 address");
                }
                int v4 = parseIpv4(s, start, field);
                groups[count++] = v4 >>> 16;
                groups[count++] = v4 & 0xffff;
                break;
            }
            int len = i - start;
            if (len == 0) {
                throw new InvalidIpException(field, s, i == n ? "ends with a single ':'" : "':::' or an empty group");
            }
            if (len > 4) {
                throw new InvalidIpException(field, s, "group with more than 4 hex digits");
            }
            if (count == 8) {
                throw new InvalidIpException(field, s, "more than 8 groups");
            }
            groups[count++] = value;
            if (i == n) {
                break;
            }
            i++; // the ':'
            if (i < n && s.charAt(i) == ':') {
                if (gapAt >= 0) {
                    throw new InvalidIpException(field, s, "more than one '::'");
                }
                gapAt = count;
                i++;
                if (i == n) {
                    break;
                }
            } else if (i == n) {
                throw new InvalidIpException(field, s, "ends with a single ':'");
            }
        }
        if (gapAt < 0) {
            if (count != 8) {
                throw new InvalidIpException(field, s, "expected 8 groups, found " + count);
            }
            return groups;
        }
        if (count > 7) {
            throw new InvalidIpException(field, s, "'::' must stand for at least one zero group");
        }
        int tail = count - gapAt;
        System.arraycopy(groups, gapAt, groups, 8 - tail, tail);
        java.util.Arrays.fill(groups, gapAt, 8 - tail, 0);
        return groups;
    }

    /** Writes the RFC 5952 text of eight groups into {@code out}; returns its length. */
    private static int format(int[] g, char[] out) {
        int p = 0;
        boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
        int groupsInHex = mapped ? 6 : 8;
        // longest run of two or more zero groups, the first on a tie
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < groupsInHex; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < groupsInHex && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        for (int i = 0; i < groupsInHex; i++) {
            if (i == bestStart) {
                out[p++] = ':';
                out[p++] = ':';
                i += bestLen - 1;
                continue;
            }
            if (p > 0 && out[p - 1] != ':') {
                out[p++] = ':';
            }
            p = writeHex(g[i], out, p);
        }
        if (mapped) {
            if (out[p - 1] != ':') {
                out[p++] = ':';
            }
            p = writeDecimal(g[6] >>> 8, out, p);
            out[p++] = '.';
            p = writeDecimal(g[6] & 0xff, out, p);
            out[p++] = '.';
            p = writeDecimal(g[7] >>> 8, out, p);
            out[p++] = '.';
            p = writeDecimal(g[7] & 0xff, out, p);
        }
        return p;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static int writeHex(int v, char[] out, int p) {
        boolean started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            int d = (v >>> shift) & 0xf;
            if (d != 0 || started || shift == 0) {
                out[p++] = HEX[d];
                started = true;
            }
        }
        return p;
    }

    private static int writeDecimal(int v, char[] out, int p) {
        if (v >= 100) {
            out[p++] = (char) ('0' + v / 100);
        }
        if (v >= 10) {
            out[p++] = (char) ('0' + v / 10 % 10);
        }
        out[p++] = (char) ('0' + v % 10);
        return p;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static InvalidIpException invalidChar(String s, int i, String field) {
        char c = s.charAt(i);
        String reason;
        if (c == '%') {
            reason = "zone ids ('%') are not allowed";
        } else if (c == '[' || c == ']') {
            reason = "brackets are not allowed";
        } else if (c == '/') {
            reason = "prefix lengths ('/') are not allowed";
        } else if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
            reason = "whitespace or control character at index " + i + " (input is never trimmed)";
        } else if (c > 0x7e) {
            reason = String.format("non-ASCII character U+%04X at index %d", (int) c, i);
        } else {
            reason = "unexpected character '" + c + "' at index " + i;
        }
        return new InvalidIpException(field, s, reason);
    }
}
