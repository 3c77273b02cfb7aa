/**
 * The `/zones/{zone_id}/cache` API group: {@link dev.cfregions.core.cache.OriginCloudRegions} and the parameter types of its operations, each validated when built.
 */
package dev.cfregions.core.cache;
