package dev.cfregions.core.model;

import dev.cfregions.core.errors.InvalidIpException;
import java.nio.charset.StandardCharsets;

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
        final byte[] text = new byte[MAX_LENGTH + 3]; // writeHex writes 4 digits and keeps 1 to 4
    }

    /**
     * Hex digit values by ASCII code, -1 for anything else; upper-case letters carry
     * {@link #UPPER} as well, so the parse learns "not canonical" from the same lookup.
     */
    private static final byte[] HEX_VALUE = new byte[128];

    private static final int UPPER = 0x10;

    static {
        java.util.Arrays.fill(HEX_VALUE, (byte) -1);
        for (int d = 0; d < 10; d++) {
            HEX_VALUE['0' + d] = (byte) d;
        }
        for (int d = 0; d < 6; d++) {
            HEX_VALUE['a' + d] = (byte) (10 + d);
            HEX_VALUE['A' + d] = (byte) (UPPER | (10 + d));
        }
    }

    private IpCanonicalizer() {}

    /** The canonical text of {@code input}; {@code field} names it in the error. */
    static String canonicalize(String input, String field) {
        checkLength(input, field);
        if (isIpv6Text(input)) {
            Scratch scratch = SCRATCH.get();
            return canonicalIpv6(input, parseIpv6(input, field, scratch.groups), scratch);
        }
        ipv4(input, field);
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
            int[] g = scratch.groups;
            String canonical = canonicalIpv6(input, parseIpv6(input, field, g), scratch);
            long high = (long) g[0] << 48 | (long) g[1] << 32 | (long) g[2] << 16 | g[3];
            long low = (long) g[4] << 48 | (long) g[5] << 32 | (long) g[6] << 16 | g[7];
            return new OriginIp(canonical, high, low);
        }
        int v4 = ipv4(input, field);
        return new OriginIp(input, 0L, OriginIp.IPV4_MAPPED_PREFIX | (v4 & 0xffff_ffffL));
    }

    /**
     * Whether {@code input} is to be read as IPv6: a valid text shows its family within its first
     * six characters (a ':' after at most four hex digits, or a '.' after at most three decimal
     * ones), so only that prefix is looked at. Whichever of the two comes first decides; text
     * with neither there is invalid either way and is read as IPv6 if it has a ':' at all.
     */
    private static boolean isIpv6Text(String input) {
        int n = Math.min(input.length(), 6);
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == '.') {
                return false;
            }
        }
        return input.indexOf(':') >= 0;
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

    /** The dotted quad {@code s} as an int: by {@link #validIpv4} when it is valid, else the error {@link #parseIpv4} names. */
    private static int ipv4(String s, String field) {
        long v = validIpv4(s);
        return v >= 0 ? (int) v : parseIpv4(s, 0, field);
    }

    /**
     * The value of {@code s} when it is a valid dotted quad, else -1 (and {@link #parseIpv4} says
     * why). Each octet's length is computed from which of its next three characters are digits
     * instead of found by stopping at the dot: octets of random length made that stop a
     * mispredicted branch per octet, most of the time an IPv4 parse took.
     */
    private static long validIpv4(String s) {
        int n = s.length();
        if (n < 7 || n > 15) {
            return -1;
        }
        int value = 0;
        int i = 0;
        for (int octet = 0; octet < 4; octet++) {
            int d0 = digitAt(s, i, n);
            int d1 = digitAt(s, i + 1, n);
            int d2 = digitAt(s, i + 2, n);
            int second = isDigit(d1);
            int third = second & isDigit(d2);
            int v = d0 + second * (d0 * 9 + d1); // d0, or d0 d1
            v += third * (v * 9 + d2); // or d0 d1 d2
            // a first digit, at most 255, no leading zero; these hold for valid input, so predict well
            if (isDigit(d0) == 0 || v > 255 || (second & isZero(d0)) != 0) {
                return -1;
            }
            value = value << 8 | v;
            i += 1 + second + third;
            if (octet < 3) {
                if (i >= n || s.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == n ? value & 0xffff_ffffL : -1;
    }

    /** The digit at {@code i} as 0 to 9; anything else (or past the end) outside that range. */
    private static int digitAt(String s, int i, int n) {
        return (i < n ? s.charAt(i) : 0) - '0';
    }

    /** 1 when {@code d} is 0 to 9, else 0, without a branch. */
    private static int isDigit(int d) {
        return ((d | (9 - d)) >>> 31) ^ 1;
    }

    /** 1 when {@code d} (0 to 9) is 0, else 0, without a branch. */
    private static int isZero(int d) {
        return ((d | -d) >>> 31) ^ 1;
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

    /** {@code s} itself when {@code alreadyCanonical}, else the RFC 5952 text of the groups {@code scratch} holds. */
    private static String canonicalIpv6(String s, boolean alreadyCanonical, Scratch scratch) {
        if (alreadyCanonical) {
            return s;
        }
        int len = format(scratch.groups, scratch.text);
        return new String(scratch.text, 0, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Parses IPv6 text into eight 16-bit groups, written into {@code groups}, and returns whether
     * {@code s} is already their RFC 5952 text: decided from what the parse saw (upper case,
     * leading zeros, where the {@code ::} stood, dotted or not), so canonical input is never
     * formatted back to be compared.
     */
    private static boolean parseIpv6(String s, String field, int[] groups) {
        int n = s.length();
        int count = 0;
        int gapAt = -1; // index in groups where "::" stands
        int seen = 0; // every digit's HEX_VALUE or'ed together: UPPER if any was upper case
        int leadingZero = 0; // 1 once a group had one
        boolean dotted = false;
        int i = 0;
        if (s.charAt(0) == ':') {
            if (n < 2 || s.charAt(1) != ':') {
                throw new InvalidIpException(field, s, "starts with a single ':'");
            }
            gapAt = 0;
            i = 2;
            if (i == n) {
                java.util.Arrays.fill(groups, 0);
                return true; // "::"
            }
        }
        while (true) {
            int start = i;
            int value = 0;
            char c = 0;
            while (i < n) {
                c = s.charAt(i);
                int d = c < 128 ? HEX_VALUE[c] : -1;
                if (d < 0) {
                    break;
                }
                value = (value << 4) | (d & 0xf);
                seen |= d;
                i++;
            }
            if (i < n) {
                if (c == '.') {
                    dotted = true;
                } else if (c != ':') {
                    throw invalidChar(s, i, field);
                }
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
            // a leading zero: more than one digit, the first 0; by arithmetic, as it is random per group
            leadingZero |= ((value >>> ((len - 1) << 2)) - 1 >>> 31) & ((1 - len) >>> 31);
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
        int gapLength = 0;
        if (gapAt < 0) {
            if (count != 8) {
                throw new InvalidIpException(field, s, "expected 8 groups, found " + count);
            }
        } else {
            if (count > 7) {
                throw new InvalidIpException(field, s, "'::' must stand for at least one zero group");
            }
            int tail = count - gapAt;
            gapLength = 8 - count;
            System.arraycopy(groups, gapAt, groups, 8 - tail, tail);
            java.util.Arrays.fill(groups, gapAt, gapAt + gapLength, 0);
        }
        if ((seen & UPPER) != 0 || leadingZero != 0 || dotted != isIpv4Mapped(groups)) {
            return false;
        }
        int run = longestZeroRun(groups);
        return gapAt < 0 ? run < 0 : run == (gapAt << 4 | gapLength);
    }

    /** Whether the groups are an IPv4-mapped address ({@code ::ffff:0:0/96}), written with a dotted quad. */
    private static boolean isIpv4Mapped(int[] g) {
        return g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
    }

    /**
     * The run of zero groups RFC 5952 compresses: the longest of two or more, the first on a tie,
     * within the hex part (the first six groups of a mapped address). Returned as
     * {@code start << 4 | length}, or -1 when there is none.
     */
    private static int longestZeroRun(int[] g) {
        int groupsInHex = isIpv4Mapped(g) ? 6 : 8;
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < groupsInHex; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < groupsInHex && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        return bestStart < 0 ? -1 : bestStart << 4 | bestLen;
    }

    /** Writes the RFC 5952 text of eight groups into {@code out}; returns its length. */
    private static int format(int[] g, byte[] out) {
        int p = 0;
        boolean mapped = isIpv4Mapped(g);
        int groupsInHex = mapped ? 6 : 8;
        int run = longestZeroRun(g);
        int runStart = run < 0 ? -1 : run >>> 4;
        int runEnd = run < 0 ? -1 : runStart + (run & 0xf);
        for (int i = 0; i < groupsInHex; i++) {
            if (i == runStart) {
                out[p++] = ':';
                out[p++] = ':';
                i = runEnd - 1;
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

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * Writes {@code v} (16 bits) in hex without leading zeros: always four digits, shifted so the
     * first is significant, of which 1 to 4 are kept (the rest is overwritten or beyond the
     * end). No loop whose length depends on the value, so no mispredicted exit per group.
     */
    private static int writeHex(int v, byte[] out, int p) {
        int digits = (35 - Integer.numberOfLeadingZeros(v | 1)) >> 2; // 1 to 4; "0" for zero
        int w = v << ((4 - digits) << 2);
        out[p] = HEX[(w >>> 12) & 0xf];
        out[p + 1] = HEX[(w >>> 8) & 0xf];
        out[p + 2] = HEX[(w >>> 4) & 0xf];
        out[p + 3] = HEX[w & 0xf];
        return p + digits;
    }

    private static int writeDecimal(int v, byte[] out, int p) {
        if (v >= 100) {
            out[p++] = (byte) ('0' + v / 100);
        }
        if (v >= 10) {
            out[p++] = (byte) ('0' + v / 10 % 10);
        }
        out[p++] = (byte) ('0' + v % 10);
        return p;
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
