package dev.cfregions.core.model;

import dev.cfregions.core.errors.InvalidIpException;
import java.util.Optional;

/**
 * An origin IP address, identified by its canonical text: dotted decimal for IPv4, RFC 5952
 * for IPv6, with mixed notation for IPv4-mapped addresses ({@code ::ffff:192.0.2.1}). Two
 * spellings of one address ({@code 2001:DB8::1}, {@code 2001:db8:0::1}) are equal.
 *
 * <p>Parsing is purely syntactic: it never consults DNS, accepts only ASCII and never trims.
 * The exact rules are those of the API's {@code ip-canonical-form.md}. Immutable and
 * thread-safe.
 */
public final class OriginIp implements Comparable<OriginIp> {
    /** The bits 32..47 of an IPv4-mapped address {@code ::ffff:a.b.c.d}, set in {@link #lowBits()}. */
    static final long IPV4_MAPPED_PREFIX = 0xffff_0000_0000L;

    private final String canonical;
    // the address as 128 bits, kept from the parse so that range lookups need not parse again
    private final long high;
    private final long low;

    OriginIp(String canonical, long high, long low) {
        this.canonical = canonical;
        this.high = high;
        this.low = low;
    }

    /**
     * Parses an IP text.
     *
     * @param text the IP text, IPv4 or IPv6; never resolved through DNS
     * @return the IP, canonical
     * @throws InvalidIpException if the text is not a valid IPv4 or IPv6 address; the message
     *     names the input and the reason
     */
    public static OriginIp of(String text) {
        return of(text, "ip");
    }

    /**
     * Parses an IP text whose error, if any, names {@code field}, such as {@code items[2].ip}.
     *
     * @param text the IP text, IPv4 or IPv6; never resolved through DNS
     * @param field the field an error names, such as {@code items[3].ip}
     * @return the IP, canonical
     * @throws InvalidIpException if the text is not a valid IPv4 or IPv6 address
     */
    public static OriginIp of(String text, String field) {
        return IpCanonicalizer.parse(text, field);
    }

    /**
     * {@return the IP, or empty when {@code text} is not a valid address} Never throws.
     *
     * @param text the IP text, IPv4 or IPv6; never resolved through DNS
     */
    public static Optional<OriginIp> tryParse(String text) {
        try {
            return Optional.of(of(text));
        } catch (InvalidIpException e) {
            return Optional.empty();
        }
    }

    /**
     * {@return the canonical text of {@code text}; the same instance when it is already canonical}
     *
     * @param field names the input in the error, e.g. {@code items[2].ip}
     * @param text the IP text, IPv4 or IPv6; never resolved through DNS
     * @throws InvalidIpException if the text is not a valid address
     */
    public static String canonicalize(String text, String field) {
        return IpCanonicalizer.canonicalize(text, field);
    }

    /** {@return whether this is an IPv4 address (IPv4-mapped IPv6 addresses are not)} */
    public boolean isIpv4() {
        return canonical.indexOf(':') < 0;
    }

    /** {@return whether this is an IPv6 address, IPv4-mapped ones included} */
    public boolean isIpv6() {
        return !isIpv4();
    }

    /** {@return the address as 4 (IPv4) or 16 (IPv6) bytes in network order; a new array each call} */
    public byte[] toBytes() {
        if (isIpv4()) {
            int v4 = (int) low;
            return new byte[] {(byte) (v4 >>> 24), (byte) (v4 >>> 16), (byte) (v4 >>> 8), (byte) v4};
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (high >>> (56 - 8 * i));
            b[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return b; // from the bits kept from the parse, not by parsing the text again
    }

    /**
     * The upper 64 bits of the address as a 128-bit IPv6 address, where an IPv4 address
     * {@code a.b.c.d} counts as its IPv4-mapped form {@code ::ffff:a.b.c.d} (so this is 0 for
     * it). With {@link #lowBits()} it lets a caller such as a range lookup compare addresses
     * without parsing the text again; {@link #isIpv4()} still tells the two families apart.
     *
     * @return bits 127..64 of the address, the first group in the top 16 bits
     */
    public long highBits() {
        return high;
    }

    /**
     * The lower 64 bits of the address as a 128-bit IPv6 address; for an IPv4 address
     * {@code a.b.c.d} (and for {@code ::ffff:a.b.c.d}) that is {@code 0x0000ffff} followed by
     * the 32 bits of {@code a.b.c.d}. See {@link #highBits()}.
     *
     * @return bits 63..0 of the address
     */
    public long lowBits() {
        return low;
    }

    /** {@return the canonical text} */
    public String value() {
        return canonical;
    }

    /** The canonical text. */
    @Override
    public String toString() {
        return canonical;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginIp other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** Orders by canonical text, a stable order and not a numeric one. */
    @Override
    public int compareTo(OriginIp o) {
        return canonical.compareTo(o.canonical);
    }
}
