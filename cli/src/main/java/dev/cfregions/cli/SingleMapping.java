package dev.cfregions.cli;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;

/**
 * The one-mapping operations ({@code get}, {@code set}, {@code delete}) over the chosen family's
 * own single-item endpoints: v2's {@code GET}/{@code PUT}/{@code DELETE /{ip}}, v1's
 * {@code GET /{ip}}, {@code PATCH} and {@code DELETE /{ip}}. Only the choice of handle lives
 * here; validation, retries and errors are core's.
 */
public final class SingleMapping {
    private final CloudflareClient client;
    private final ConnectionOptions options;

    /**
     * @param session the command's session
     */
    public SingleMapping(Session session) {
        this.client = session.client();
        this.options = session.options();
    }

    /**
     * @param ip the IP, in any spelling
     * @return its mapping
     * @throws dev.cfregions.core.errors.NotFoundException if it has none
     */
    public Mapping get(String ip) {
        return switch (options.family()) {
            case v2 -> client.origin().cloudRegions().get(dev.cfregions.core.origin.GetParams.of(options.zone(), ip));
            case v1 -> client.cache().originCloudRegions().get(dev.cfregions.core.cache.GetParams.of(options.zone(), ip)).value();
        };
    }

    /**
     * Creates or overwrites one mapping.
     *
     * @param ip the IP
     * @param vendor the vendor
     * @param region the region
     * @return the mapping as stored
     */
    public Mapping set(String ip, Vendor vendor, String region) {
        return switch (options.family()) {
            case v2 -> client.origin().cloudRegions().update(dev.cfregions.core.origin.UpdateParams.builder()
                    .zoneId(options.zone()).ip(ip).vendor(vendor).region(region).build());
            case v1 -> {
                OriginIp wanted = OriginIp.of(ip);
                // PATCH answers with the zone's whole list: the stored entry is the one with this IP
                yield client.cache().originCloudRegions().edit(dev.cfregions.core.cache.EditParams.builder()
                        .zoneId(options.zone()).ip(ip).vendor(vendor).region(region).build())
                        .value().stream().filter(m -> m.ip().equals(wanted)).findFirst()
                        .orElse(Mapping.of(wanted, vendor, region));
            }
        };
    }

    /**
     * @param ip the IP
     * @return the IP deleted, canonical
     * @throws dev.cfregions.core.errors.NotFoundException if it had no mapping
     */
    public OriginIp delete(String ip) {
        return switch (options.family()) {
            case v2 -> client.origin().cloudRegions().delete(dev.cfregions.core.origin.DeleteParams.of(options.zone(), ip));
            case v1 -> client.cache().originCloudRegions().delete(dev.cfregions.core.cache.DeleteParams.of(options.zone(), ip))
                    .value().ip();
        };
    }
}
