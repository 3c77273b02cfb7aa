package dev.cfregions.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One zone's {@code origin_public_cloud_region} record: its mappings in insertion order and
 * when the set last changed. An empty zone has no record ({@link #modifiedOn()} is null).
 *
 * <p>Not thread-safe on its own: callers hold the zone's monitor ({@code synchronized (zone)})
 * for a whole check-then-apply, which is what keeps the 3,500 limit under races.
 */
final class ZoneState {
    /** Mappings per zone, documented. */
    static final int LIMIT = 3_500;

    /** Canonical IP to mapping; an update keeps the IP's position. */
    private final LinkedHashMap<String, StoredMapping> mappings = new LinkedHashMap<>();
    private Instant modifiedOn;
    private Boolean tieredCache;

    StoredMapping get(String ip) {
        return mappings.get(ip);
    }

    boolean contains(String ip) {
        return mappings.containsKey(ip);
    }

    int size() {
        return mappings.size();
    }

    /** When the set last changed, or null when the zone has no record. */
    Instant modifiedOn() {
        return modifiedOn;
    }

    List<StoredMapping> list() {
        return new ArrayList<>(mappings.values());
    }

    /** Up to {@code count} mappings in list order, starting at index {@code from}; empty past the end. */
    List<StoredMapping> slice(long from, int count) {
        List<StoredMapping> out = new ArrayList<>(Math.min(count, Math.max(0, mappings.size())));
        if (from < 0 || from >= mappings.size()) {
            return out;
        }
        long i = 0;
        for (StoredMapping m : mappings.values()) {
            if (i++ < from) {
                continue;
            }
            if (out.size() == count) {
                break;
            }
            out.add(m);
        }
        return out;
    }

    /** Creates or replaces; creates the record if absent. */
    StoredMapping put(String ip, String vendor, String region, Instant now) {
        StoredMapping m = new StoredMapping(ip, vendor, region, now);
        mappings.put(ip, m);
        modifiedOn = now;
        return m;
    }

    /** Inserts a seeded mapping with its own timestamp. */
    void seed(StoredMapping m) {
        mappings.put(m.ip(), m);
        if (modifiedOn == null || m.modifiedOn().isAfter(modifiedOn)) {
            modifiedOn = m.modifiedOn();
        }
    }

    /** Removes and returns the mapping, or null; the last removal deletes the record. */
    StoredMapping remove(String ip, Instant now) {
        StoredMapping removed = mappings.remove(ip);
        if (removed != null) {
            modifiedOn = mappings.isEmpty() ? null : now;
        }
        return removed;
    }

    /** The zone's Tiered Cache switch, or null to follow the fake's default. */
    Boolean tieredCache() {
        return tieredCache;
    }

    void tieredCache(Boolean enabled) {
        this.tieredCache = enabled;
    }
}
