package dev.cfregions.testkit;

import java.time.Instant;

/**
 * One mapping as the fake stores it: wire strings, since the store is shared by the v1 and v2
 * views and each prints its own field names.
 */
record StoredMapping(String ip, String vendor, String region, Instant modifiedOn) {}
