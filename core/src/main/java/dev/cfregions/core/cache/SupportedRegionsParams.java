package dev.cfregions.core.cache;

/**
 * Parameters of {@link OriginCloudRegions#supportedRegions}: the zone. Immutable.
 *
 * @param zoneId the zone
 */
public record SupportedRegionsParams(String zoneId) {
    public SupportedRegionsParams {
        Validate.zoneId(zoneId);
    }

    public static SupportedRegionsParams of(String zoneId) {
        return new SupportedRegionsParams(zoneId);
    }
}
