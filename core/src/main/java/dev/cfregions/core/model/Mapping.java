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
    /**
     * Creates the value, checking its components.
     *
     * @param ip the origin IP, canonical
     * @param vendor the cloud vendor hosting it
     * @param region the vendor's region identifier, such as {@code us-east-1}
     * @param modifiedOn when the mapping last changed, or {@code null} when the service did not say
     * @throws NullPointerException if a required component is null
     */
    public Mapping {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(region, "region");
    }

    /**
     * {@return a mapping without a timestamp, as when describing what should exist}
     *
     * @param ip the origin IP
     * @param vendor the cloud vendor
     * @param region the vendor's region identifier, such as {@code us-east-1}
     */
    public static Mapping of(OriginIp ip, Vendor vendor, String region) {
        return new Mapping(ip, vendor, region, null);
    }

    /**
     * {@return whether vendor and region equal the other mapping's, ignoring the timestamp}
     *
     * @param other the mapping to compare with
     */
    public boolean sameTarget(Mapping other) {
        return ip.equals(other.ip) && vendor.equals(other.vendor) && region.equals(other.region);
    }
}
