package dev.cfregions.core.cache;

import dev.cfregions.core.params.internal.Validate;

/**
 * Parameters of {@link OriginCloudRegions#supportedRegions}: the zone. Immutable.
 *
 * @param zoneId the zone
 */
public record SupportedRegionsParams(String zoneId) {
    /**
     * @param zoneId the zone id
     * @throws dev.cfregions.core.errors.ValidationException if the zone id is invalid
     */
    public SupportedRegionsParams {
        Validate.zoneId(zoneId);
    }

    /**
     * @param zoneId the zone
     * @return the parameters
     */
    public static SupportedRegionsParams of(String zoneId) {
        return new SupportedRegionsParams(zoneId);
    }
}
