package dev.cfregions.core.cache;

/**
 * Parameters of {@link OriginCloudRegions#supportedRegions}: the zone. Immutable.
 *
 * @param zoneId the zone
 */
public record SupportedRegionsParams(String zoneId) {
    /**
     * Creates the value, checking its components.
     *
     * @param zoneId the zone
     * @throws dev.cfregions.core.errors.ValidationException if a component is invalid
     */
    public SupportedRegionsParams {
        Validate.zoneId(zoneId);
    }

    /**
     * {@return the parameters for a zone}
     *
     * @param zoneId the zone id
     */
    public static SupportedRegionsParams of(String zoneId) {
        return new SupportedRegionsParams(zoneId);
    }
}
