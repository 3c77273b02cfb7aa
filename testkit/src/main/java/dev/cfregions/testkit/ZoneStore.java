package dev.cfregions.testkit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All zones, keyed by zone id: the state in one place. Every well-formed zone id names a zone,
 * but its state is created only by the first write ({@link #zone}); reads go through
 * {@link #find} and leave an unknown zone as it was, so no sequence of reads can grow the store.
 * Each zone is its own lock, so requests on different zones never wait for each other.
 */
final class ZoneStore {
    private final ConcurrentHashMap<String, ZoneState> zones = new ConcurrentHashMap<>();

    /** The zone's state, created empty when first written. Lock it for any check-then-apply. */
    ZoneState zone(String zoneId) {
        return zones.computeIfAbsent(zoneId, z -> new ZoneState());
    }

    /** The zone's state, or null when nothing was ever written to it; creates nothing. */
    ZoneState find(String zoneId) {
        return zones.get(zoneId);
    }

    /** How many zones hold state (mappings, or a Tiered Cache switch, or once did). */
    int size() {
        return zones.size();
    }

    /** A copy of every zone's mappings, zones sorted by id, for inspection. */
    Map<String, List<StoredMapping>> snapshot() {
        Map<String, List<StoredMapping>> out = new TreeMap<>();
        zones.forEach((id, z) -> {
            synchronized (z) {
                if (z.size() > 0) {
                    out.put(id, z.list());
                }
            }
        });
        return out;
    }

    /** Forgets one zone: its mappings and settings, as if it had never been written. */
    void remove(String zoneId) {
        zones.remove(zoneId);
    }

    void clear() {
        zones.clear();
    }
}
