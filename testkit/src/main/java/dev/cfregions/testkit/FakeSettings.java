package dev.cfregions.testkit;

/**
 * The behaviour switches chosen when the fake was built; immutable.
 *
 * @param v1DeleteNotFoundCode 1163 (the v1 delete description) or 1142 (its documented example)
 * @param tieredCacheDefault whether zones have Tiered Cache on unless a test turns it off
 */
record FakeSettings(int v1DeleteNotFoundCode, boolean tieredCacheDefault) {
    FakeSettings {
        if (v1DeleteNotFoundCode != 1163 && v1DeleteNotFoundCode != 1142) {
            throw new IllegalArgumentException("v1DeleteNotFoundCode must be 1163 or 1142, got " + v1DeleteNotFoundCode);
        }
    }
}
