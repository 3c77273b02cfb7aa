package dev.cfregions.core.sync.store;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.sync.MappingStore;

/**
 * Makes the {@link MappingStore} of a zone over one endpoint family of a client.
 *
 * <pre>{@code
 * MappingStore store = MappingStores.of(client, "023e105f4ecef8ad9ca31a8372d0c353"); // v2
 * MappingStore old = MappingStores.v1(client, "023e105f4ecef8ad9ca31a8372d0c353");
 * }</pre>
 */
public final class MappingStores {
    private MappingStores() {}

    /**
     * The zone through the current family, v2: {@link #v2(CloudflareClient, String)}.
     *
     * @param client the client
     * @param zoneId the zone
     * @return the store
     * @throws ValidationException if an argument is null or the zone id invalid
     */
    public static MappingStore of(CloudflareClient client, String zoneId) {
        return v2(client, zoneId);
    }

    /**
     * The zone through the v2 family, {@code /origin/cloud_regions}: lists page by page (100 per
     * request), writes with batch update and batch delete.
     *
     * @param client the client
     * @param zoneId the zone
     * @return the store
     * @throws ValidationException if an argument is null or the zone id invalid
     */
    public static MappingStore v2(CloudflareClient client, String zoneId) {
        if (client == null) {
            throw new ValidationException("client", null, "required");
        }
        return v2(client.origin().cloudRegions(), zoneId);
    }

    /**
     * The zone through a v2 handle.
     *
     * @param handle {@code client.origin().cloudRegions()}
     * @param zoneId the zone
     * @return the store
     * @throws ValidationException if an argument is null or the zone id invalid
     */
    public static MappingStore v2(CloudRegions handle, String zoneId) {
        if (handle == null) {
            throw new ValidationException("handle", null, "required");
        }
        return new V2Store(handle, zoneId);
    }

    /**
     * The zone through the deprecated v1 family, {@code /cache/origin_cloud_regions}.
     *
     * @param client the client
     * @param zoneId the zone
     * @return the store
     * @throws ValidationException if an argument is null or the zone id invalid
     */
    public static MappingStore v1(CloudflareClient client, String zoneId) {
        if (client == null) {
            throw new ValidationException("client", null, "required");
        }
        return v1(client.cache().originCloudRegions(), zoneId);
    }

    /**
     * The zone through a v1 handle.
     *
     * @param handle {@code client.cache().originCloudRegions()}
     * @param zoneId the zone
     * @return the store
     * @throws ValidationException if an argument is null or the zone id invalid
     */
    public static MappingStore v1(OriginCloudRegions handle, String zoneId) {
        if (handle == null) {
            throw new ValidationException("handle", null, "required");
        }
        return new V1Store(handle, zoneId);
    }
}
