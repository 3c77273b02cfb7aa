/**
 * The {@code /zones/{zone_id}/origin} API group: {@link dev.cfregions.core.origin.CloudRegions},
 * the current Origin Cloud Regions family ({@code /origin/cloud_regions}), and the parameter
 * types of its operations, each validated when built. New code should use this family; the
 * deprecated {@code /cache/origin_cloud_regions} family reads and writes the same mappings.
 */
package dev.cfregions.core.origin;
