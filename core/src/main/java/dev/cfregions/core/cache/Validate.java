package dev.cfregions.core.cache;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Vendor;

/** Checks shared by the parameter types; each failure names the field and the value. */
final class Validate {
    static final int MAX_ZONE_ID = 32;
    static final int MAX_BATCH = 100;

    private Validate() {}

    /** Non-blank, at most 32 characters, only characters that are safe unencoded in a path segment. */
    static String zoneId(String zoneId) {
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

    static Vendor vendor(String field, Vendor vendor) {
        if (vendor == null) {
            throw new ValidationException(field, null, "required");
        }
        return vendor;
    }

    /** Non-blank, no whitespace or control characters anywhere (never trimmed). */
    static String region(String field, String region) {
        if (region == null) {
            throw new ValidationException(field, null, "required");
        }
        if (region.isEmpty()) {
            throw new ValidationException(field, region, "must not be empty");
        }
        for (int i = 0; i < region.length(); i++) {
            char c = region.charAt(i);
            if (c <= 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new ValidationException(field, region, "whitespace or control character at index " + i
                        + " (input is never trimmed)");
            }
        }
        return region;
    }

    static void batchSize(String field, int size) {
        if (size > MAX_BATCH) {
            throw new ValidationException(field, String.valueOf(size) + " items", "at most " + MAX_BATCH
                    + " items per batch call; split the batch");
        }
    }
}
