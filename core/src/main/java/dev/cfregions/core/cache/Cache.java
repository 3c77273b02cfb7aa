package dev.cfregions.core.cache;

/**
 * The {@code /zones/{zone_id}/cache} group of the API, as the official SDKs name it. Obtained
 * from {@code CloudflareClient.cache()}; thread-safe.
 */
public interface Cache {

    /** {@return the {@code /cache/origin_cloud_regions} endpoints} */
    OriginCloudRegions originCloudRegions();
}
