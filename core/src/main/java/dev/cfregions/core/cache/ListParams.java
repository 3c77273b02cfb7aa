package dev.cfregions.core.cache;

/**
 * Parameters of {@link OriginCloudRegions#list}: the zone. Immutable.
 *
 * @param zoneId the zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}
 */
public record ListParams(String zoneId) {
    public ListParams {
        Validate.zoneId(zoneId);
    }

    public static ListParams of(String zoneId) {
        return new ListParams(zoneId);
    }
}
