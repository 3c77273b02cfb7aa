package dev.cfregions.core.cache;

import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.params.internal.Validate;

/**
 * Parameters of {@link OriginCloudRegions#delete}: the zone and the IP. Immutable.
 *
 * @param zoneId the zone
 * @param ip the origin IP
 */
public record DeleteParams(String zoneId, OriginIp ip) {
    /**
     * @param zoneId the zone id
     * @param ip the origin IP
     * @throws dev.cfregions.core.errors.ValidationException if the zone id is invalid or the IP missing
     */
    public DeleteParams {
        Validate.zoneId(zoneId);
        Validate.ip(ip);
    }

    /**
     * Parses {@code ip}; any valid spelling is accepted and canonicalized.
     *
     * @param zoneId the zone
     * @param ip the origin IP
     * @return the parameters
     * @throws dev.cfregions.core.errors.ValidationException if the zone id or the IP is invalid
     */
    public static DeleteParams of(String zoneId, String ip) {
        return new DeleteParams(zoneId, OriginIp.of(ip));
    }
}
