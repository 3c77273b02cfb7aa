package dev.cfregions.core.origin;

/**
 * The {@code /zones/{zone_id}/origin} group of the API. Obtained from
 * {@code CloudflareClient.origin()}; thread-safe.
 */
public interface Origin {

    /** @return the {@code /origin/cloud_regions} endpoints */
    CloudRegions cloudRegions();
}
