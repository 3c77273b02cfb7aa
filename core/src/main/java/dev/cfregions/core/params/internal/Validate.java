package dev.cfregions.core.params.internal;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;

/**
 * Checks shared by the parameter types of both endpoint families; each failure is a
 * {@link ValidationException} naming the field and the value. Internal: not an API.
 */
public final class Validate {
    /** The longest zone id accepted. */
    public static final int MAX_ZONE_ID = 32;
    /** The longest region accepted. */
    public static final int MAX_REGION = 64;
    /** The most items one batch call may carry. */
    public static final int MAX_BATCH = 100;

    private Validate() {}

    /**
     * Non-blank, at most 32 characters, only characters that are safe unencoded in a path segment.
     *
     * @param zoneId the zone id given
     * @return {@code zoneId}, checked
     * @throws ValidationException if it is missing, empty, too long or not path-safe
     */
    public static String zoneId(String zoneId) {
        if (zoneId == null) {
            throw new ValidationException("zoneId", null, "required");
        }
        if (zoneId.isEmpty()) {
            throw new ValidationException("zoneId", zoneId, "must not be empty");
        }
        if (zoneId.length() > MAX_ZONE_ID) {
            throw new ValidationException("zoneId", zoneId, "longer than " + MAX_ZONE_ID + " characters");
        }
        for (int i = 0; i < zoneId.length(); i++) {
            char c = zoneId.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!safe) {
                throw new ValidationException("zoneId", zoneId, "only letters, digits, '-' and '_' are allowed (found '"
                        + (c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c)) + "' at index " + i + ")");
            }
        }
        return zoneId;
    }

    /**
     * @param ip the IP given
     * @return {@code ip}, checked
     * @throws ValidationException naming the field {@code ip} if it is missing
     */
    public static OriginIp ip(OriginIp ip) {
        if (ip == null) {
            throw new ValidationException("ip", null, "required");
        }
        return ip;
    }

    /**
     * @param field the field name for the error
     * @param vendor the vendor given
     * @return {@code vendor}, checked
     * @throws ValidationException if it is missing
     */
    public static Vendor vendor(String field, Vendor vendor) {
        if (vendor == null) {
            throw new ValidationException(field, null, "required");
        }
        return vendor;
    }

    /**
     * Printable ASCII without spaces ({@code !} to {@code ~}), 1 to {@value #MAX_REGION}
     * characters, never trimmed: every region a vendor names looks like {@code us-east-1}, and
     * anything else (a space, an invisible or bidirectional character, a novel) is a mistake or
     * an attack that must not reach the service.
     *
     * @param field the field name for the error
     * @param region the region given
     * @return {@code region}, checked
     * @throws ValidationException if it is missing, empty, too long or holds anything but printable ASCII
     */
    public static String region(String field, String region) {
        if (region == null) {
            throw new ValidationException(field, null, "required");
        }
        if (region.isEmpty()) {
            throw new ValidationException(field, region, "must not be empty");
        }
        if (region.length() > MAX_REGION) {
            throw new ValidationException(field, region, "longer than " + MAX_REGION + " characters");
        }
        for (int i = 0; i < region.length(); i++) {
            char c = region.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new ValidationException(field, region, "only printable ASCII without spaces is allowed (found "
                        + String.format("U+%04X", (int) c) + " at index " + i + "; input is never trimmed)");
            }
        }
        return region;
    }

    /**
     * A vendor to write must be one this library knows, unless the client was told to allow
     * newer ones: {@link Vendor#of} accepts any name so that answers naming a new vendor still
     * decode, but a write naming {@code "AWS"} or {@code "foo"} is a mistake (names are
     * case-sensitive on the wire).
     *
     * @param field the field name for the error
     * @param vendor the vendor to write
     * @param allowUnknown whether the client allows vendors newer than the library
     * @throws ValidationException naming the known vendors if {@code vendor} is not one of them
     */
    public static void writableVendor(String field, Vendor vendor, boolean allowUnknown) {
        if (!vendor.isKnown() && !allowUnknown) {
            throw new ValidationException(field, vendor.value(), "not a vendor the API documents; use one of "
                    + Vendor.known() + " (names are case-sensitive), or CloudflareClient.builder().allowUnknownVendors(true) "
                    + "for a vendor newer than this library");
        }
    }

    /**
     * @param field the field name for the error
     * @param size how many items the batch holds
     * @throws ValidationException if there are more than {@link #MAX_BATCH}
     */
    public static void batchSize(String field, int size) {
        if (size > MAX_BATCH) {
            throw new ValidationException(field, String.valueOf(size) + " items", "at most " + MAX_BATCH
                    + " items per batch call; split the batch");
        }
    }
}
