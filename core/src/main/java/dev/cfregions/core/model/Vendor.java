package dev.cfregions.core.model;

import dev.cfregions.core.errors.ValidationException;
import java.util.List;

/**
 * A public cloud vendor, as an open enum: the four the API documents are constants, and a
 * value the service adds later still decodes, as an instance whose {@link #isKnown()} is
 * false. Compare with {@code equals}; the constants are also the instances {@link #of} returns
 * for their names. Immutable.
 */
public final class Vendor {
    /** Amazon Web Services. */
    public static final Vendor AWS = new Vendor("aws", true);
    /** Microsoft Azure. */
    public static final Vendor AZURE = new Vendor("azure", true);
    /** Google Cloud. */
    public static final Vendor GCP = new Vendor("gcp", true);
    /** Oracle Cloud Infrastructure. */
    public static final Vendor OCI = new Vendor("oci", true);

    private static final List<Vendor> KNOWN = List.of(AWS, AZURE, GCP, OCI);

    private final String value;
    private final boolean known;

    private Vendor(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    /**
     * {@return the vendor with this wire name} Known names give the constants; any other non-blank name
     * gives an unknown vendor, so a response naming a new vendor still decodes. Names are
     * case-sensitive: {@code of("AWS")} is an unknown vendor, not {@link #AWS}. A write naming an
     * unknown vendor is refused before sending unless the client allows it
     * ({@code CloudflareClient.Builder#allowUnknownVendors}).
     *
     * @param value the vendor's wire value, such as {@code aws}
     * @throws ValidationException if the value is null, blank or has whitespace or control characters
     */
    public static Vendor of(String value) {
        for (Vendor v : KNOWN) {
            if (v.value.equals(value)) {
                return v;
            }
        }
        if (value == null || value.isEmpty()) {
            throw new ValidationException("vendor", value, "must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new ValidationException("vendor", value, "must be printable ASCII without spaces");
            }
        }
        return new Vendor(value, false);
    }

    /** {@return the four vendors the API documents} */
    public static List<Vendor> known() {
        return KNOWN;
    }

    /** {@return the wire name, such as {@code gcp}} */
    public String value() {
        return value;
    }

    /** {@return whether this is one of the documented vendors} */
    public boolean isKnown() {
        return known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vendor v && value.equals(v.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
