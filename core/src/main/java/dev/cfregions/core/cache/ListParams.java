package dev.cfregions.core.cache;

/**
 * Parameters of {@link OriginCloudRegions#list}: the zone. Immutable.
 *
 * @param zoneId the zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}
 */
public record ListParams(String zoneId) {
    /**
     * Creates the value, checking its components.
     *
     * @param zoneId the zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}
     * @throws dev.cfregions.core.errors.ValidationException if a component is invalid
     */
    public ListParams {
        Validate.zoneId(zoneId);
    }

    /**
     * {@return the parameters for a zone}
     *
     * @param zoneId the zone id
     */
    public static ListParams of(String zoneId) {
        return new ListParams(zoneId);
    }
}
