package dev.cfregions.testkit;

import java.util.Arrays;
import java.util.Set;

/**
 * What a token registered on the fake may do: which zones it reaches and whether it may write.
 * Immutable.
 *
 * <ul>
 *   <li>A token used on a zone outside {@link #zones()} gets 403 / 10000 {@code Authentication error},
 *       as Cloudflare answers for a token without access to the zone.</li>
 *   <li>A {@linkplain #readOnly() read-only} token reads normally (v1 wrappers say
 *       {@code editable: false}) and every write gets 403 / 9109.</li>
 * </ul>
 *
 * @param zones the zone ids the token reaches; empty means every zone
 * @param readOnly whether writes are refused
 */
public record TokenScope(Set<String> zones, boolean readOnly) {
    /**
     * Copies the zones and checks each id.
     *
     * @param zones the zones the token reaches, or empty for every zone
     * @param readOnly whether the token may only read
     */
    public TokenScope {
        zones = Set.copyOf(zones);
        for (String z : zones) {
            if (!ZoneIds.isValid(z)) {
                throw new IllegalArgumentException("Token scope zone id must be 32 lower-case hex characters: \"" + z + "\"");
            }
        }
    }

    /**
     * Read and write on every zone.
     *
     * @return the scope
     */
    public static TokenScope allZones() {
        return new TokenScope(Set.of(), false);
    }

    /**
     * Read and write on the given zones only.
     *
     * @param zoneIds the zones the token reaches
     * @return the scope
     */
    public static TokenScope zones(String... zoneIds) {
        if (zoneIds.length == 0) {
            throw new IllegalArgumentException("Name at least one zone, or use TokenScope.allZones()");
        }
        return new TokenScope(Set.copyOf(Arrays.asList(zoneIds)), false);
    }

    /**
     * The same zones, reads only.
     *
     * @return this tokenScope
     */
    public TokenScope asReadOnly() {
        return new TokenScope(zones, true);
    }

    /**
     * {@return whether the token reaches {@code zoneId}}
     *
     * @param zoneId the zone id
     */
    public boolean covers(String zoneId) {
        return zones.isEmpty() || zones.contains(zoneId);
    }
}
