package dev.cfregions.core.cache;

import dev.cfregions.core.model.OriginIp;

/**
 * Parameters of {@link OriginCloudRegions#delete}: the zone and the IP. Immutable.
 *
 * @param zoneId the zone
 * @param ip the origin IP
 */
public record DeleteParams(String zoneId, OriginIp ip) {
    /**
     * Creates the value, checking its components.
     *
     * @param zoneId the zone
     * @param ip the origin IP
     * @throws dev.cfregions.core.errors.ValidationException if a component is invalid
     */
    public DeleteParams {
        Validate.zoneId(zoneId);
        if (ip == null) {
            throw new dev.cfregions.core.errors.ValidationException("ip", null, "required");
        }
    }

    /**
     * Parses {@code ip}; any valid spelling is accepted and canonicalized.
     *
     * @param zoneId the zone id
     * @param ip the origin IP
     * @return the parameters
     */
    public static DeleteParams of(String zoneId, String ip) {
        return new DeleteParams(zoneId, OriginIp.of(ip));
    }
}
