package dev.cfregions.core.ranges;

import dev.cfregions.core.errors.InvalidIpException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;

/**
 * An IPv4 or IPv6 network prefix in CIDR notation, such as {@code 203.0.113.0/24} or
 * {@code 2001:db8::/32}. Immutable; equal when family, network and length are equal.
 *
 * <p>Parsing is strict, like {@link OriginIp}'s: the address part follows the same rules (so
 * {@code 2001:DB8::/32} is accepted and shown as {@code 2001:db8::/32}), the length is plain
 * ASCII decimal without sign or leading zero, 0-32 for IPv4 and 0-128 for IPv6. A prefix with
 * <b>host bits set</b> ({@code 10.0.0.1/8}) is <b>refused</b>, not masked: the vendors publish
 * clean prefixes, so a set host bit means a corrupt or misread file, and masking it would hide
 * that. An IPv4-mapped IPv6 prefix ({@code ::ffff:10.0.0.0/104}) is refused too: a range file
 * lists IPv4 ranges as IPv4, and an IPv4-mapped address is looked up as IPv4.
 */
public final class IpPrefix {
    private final OriginIp network;
    private final int length;
    private final boolean ipv4;
    // first address as 128 bits (IPv4 in its IPv4-mapped form, like OriginIp's bits)
    private final long high;
    private final long low;

    private IpPrefix(OriginIp network, int length) {
        this.network = network;
        this.length = length;
        this.ipv4 = network.isIpv4();
        this.high = network.highBits();
        this.low = network.lowBits();
    }

    /**
     * Parses CIDR text.
     *
     * @param text the prefix, such as {@code 198.51.100.0/22}
     * @param field names the input in the error, such as {@code ip_prefix}
     * @return the prefix
     * @throws ValidationException if the text is not a valid prefix or has host bits set; the
     *     message names {@code field}, the text and the reason
     */
    public static IpPrefix parse(String text, String field) {
        if (text == null) {
            throw new ValidationException(field, null, "missing");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new ValidationException(field, text, "not a prefix: no '/length'");
        }
        OriginIp network;
        try {
            network = OriginIp.of(text.substring(0, slash), field);
        } catch (InvalidIpException e) {
            throw new ValidationException(field, text, "the address part is invalid: " + e.reason());
        }
        int max = network.isIpv4() ? 32 : 128;
        int length = parseLength(text, slash + 1, max, field);
        if (network.isIpv6() && isIpv4Space(network)) {
            throw new ValidationException(field, text, "an IPv4-mapped IPv6 prefix: write the IPv4 prefix instead");
        }
        IpPrefix prefix = new IpPrefix(network, length);
        if (prefix.hostBitsSet()) {
            throw new ValidationException(field, text, "host bits are set after the first " + length
                    + " bits (the network would be " + prefix.masked() + ")");
        }
        return prefix;
    }

    private static int parseLength(String text, int from, int max, String field) {
        int n = text.length();
        if (from == n) {
            throw new ValidationException(field, text, "empty prefix length");
        }
        if (n - from > 1 && text.charAt(from) == '0') {
            throw new ValidationException(field, text, "prefix length has a leading zero");
        }
        int value = 0;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new ValidationException(field, text, "prefix length is not a decimal number");
            }
            value = value * 10 + (c - '0');
            if (value > max) {
                throw new ValidationException(field, text, "prefix length above " + max);
            }
        }
        return value;
    }

    /**
     * The network address.
     *
     * @return the first address, such as {@code 203.0.113.0}
     */
    public OriginIp network() {
        return network;
    }

    /**
     * The prefix length.
     *
     * @return 0-32 for IPv4, 0-128 for IPv6
     */
    public int length() {
        return length;
    }

    /**
     * Whether this is an IPv4 prefix.
     *
     * @return true for IPv4, false for IPv6
     */
    public boolean isIpv4() {
        return ipv4;
    }

    /**
     * Whether {@code ip} lies in this prefix. An IPv4-mapped IPv6 address counts as its IPv4
     * address, as in {@link RangeLookup}; other IPv6 addresses never lie in an IPv4 prefix.
     *
     * @param ip the address
     * @return true when the first {@link #length()} bits of {@code ip} equal this network's
     */
    public boolean contains(OriginIp ip) {
        if (isIpv4Space(ip) != ipv4) {
            return false;
        }
        int bits = bits128();
        return (ip.highBits() & mask(bits, true)) == high && (ip.lowBits() & mask(bits, false)) == low;
    }

    /** Whether {@code ip} is IPv4 or IPv4-mapped IPv6, so looked up among IPv4 prefixes. */
    static boolean isIpv4Space(OriginIp ip) {
        return ip.highBits() == 0 && (ip.lowBits() >>> 32) == 0xffffL;
    }

    /** The length counted in the 128-bit space, where IPv4 sits in the last 32 bits. */
    int bits128() {
        return ipv4 ? 96 + length : length;
    }

    /** The first address's upper 64 bits (see {@link OriginIp#highBits()}). */
    long firstHigh() {
        return high;
    }

    /** The first address's lower 64 bits. */
    long firstLow() {
        return low;
    }

    /** The last address's upper 64 bits. */
    long lastHigh() {
        return high | ~mask(bits128(), true);
    }

    /** The last address's lower 64 bits. */
    long lastLow() {
        return low | ~mask(bits128(), false);
    }

    /** The mask of the first {@code bits} of 128, for the upper or the lower 64 bits. */
    private static long mask(int bits, boolean upper) {
        int n = upper ? Math.min(bits, 64) : Math.max(bits - 64, 0);
        return n == 0 ? 0L : -1L << (64 - n);
    }

    private boolean hostBitsSet() {
        int bits = bits128();
        return (high & ~mask(bits, true)) != 0 || (low & ~mask(bits, false)) != 0;
    }

    /** The text of this network with the host bits cleared, for the error message. */
    private String masked() {
        int bits = bits128();
        long h = high & mask(bits, true);
        long l = low & mask(bits, false);
        if (ipv4) {
            int v = (int) l;
            return (v >>> 24) + "." + (v >>> 16 & 0xff) + "." + (v >>> 8 & 0xff) + "." + (v & 0xff) + "/" + length;
        }
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < 8; g++) {
            long word = g < 4 ? h : l;
            sb.append(g == 0 ? "" : ":").append(Long.toHexString(word >>> (48 - 16 * (g % 4)) & 0xffff));
        }
        return OriginIp.of(sb.toString()).value() + "/" + length;
    }

    /** The CIDR text, such as {@code 2001:db8::/32}. */
    @Override
    public String toString() {
        return network.value() + "/" + length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPrefix p && p.length == length && p.network.equals(network);
    }

    @Override
    public int hashCode() {
        return network.hashCode() * 31 + length;
    }
}
