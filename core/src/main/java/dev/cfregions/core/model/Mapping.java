package dev.cfregions.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One origin IP mapped to a cloud vendor and region. Immutable.
 *
 * @param ip the origin IP, canonical
 * @param vendor the cloud vendor hosting it
 * @param region the vendor's region identifier, such as {@code us-east-1}
 * @param modifiedOn when the mapping last changed, or {@code null} when the service did not say
 */
public record Mapping(OriginIp ip, Vendor vendor, String region, Instant modifiedOn) {
    public Mapping {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(region, "region");
    }

    /** A mapping without a timestamp, as when describing what should exist. */
    public static Mapping of(OriginIp ip, Vendor vendor, String region) {
        return new Mapping(ip, vendor, region, null);
    }

    /** Whether vendor and region equal the other mapping's, ignoring the timestamp. */
    public boolean sameTarget(Mapping other) {
        return ip.equals(other.ip) && vendor.equals(other.vendor) && region.equals(other.region);
    }
}
