package dev.cfregions.core.cache;

import dev.cfregions.core.params.internal.Validate;

/**
 * Parameters of {@link OriginCloudRegions#list}: the zone. Immutable.
 *
 * @param zoneId the zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}
 */
public record ListParams(String zoneId) {
    /**
     * @param zoneId the zone id
     * @throws dev.cfregions.core.errors.ValidationException if the zone id is invalid
     */
    public ListParams {
        Validate.zoneId(zoneId);
    }

    /**
     * @param zoneId the zone
     * @return the parameters
     */
    public static ListParams of(String zoneId) {
        return new ListParams(zoneId);
    }
}
