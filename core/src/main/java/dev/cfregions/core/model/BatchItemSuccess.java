package dev.cfregions.core.model;

import java.util.Objects;

/**
 * An item a batch call applied. For a batch edit, vendor and region are the new values; for a
 * batch delete, the deleted ones, when the service reports them. Immutable.
 *
 * @param ip the canonical IP
 * @param vendor the vendor, or {@code null} when the service left it out
 * @param region the region, or {@code null} when the service left it out
 */
public record BatchItemSuccess(OriginIp ip, Vendor vendor, String region) {
    /**
     * Creates the value, checking its components.
     *
     * @param ip the canonical IP
     * @param vendor the vendor, or {@code null} when the service left it out
     * @param region the region, or {@code null} when the service left it out
     * @throws NullPointerException if a required component is null
     */
    public BatchItemSuccess {
        Objects.requireNonNull(ip, "ip");
    }
}
