package dev.cfregions.testkit;

/** The zone id rule (reference §11): exactly 32 lower-case hex characters. */
final class ZoneIds {
    private ZoneIds() {}

    static boolean isValid(String id) {
        if (id == null || id.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Throws an {@link IllegalArgumentException} naming the value when the id is malformed. */
    static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("zoneId must be 32 lower-case hex characters, got \"" + id + "\"");
        }
        return id;
    }
}
