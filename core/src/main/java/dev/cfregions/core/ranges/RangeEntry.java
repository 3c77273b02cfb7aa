package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Vendor;
import java.util.Objects;

/**
 * One prefix a vendor publishes, with the region it names. Immutable.
 *
 * @param vendor the cloud vendor that publishes the prefix
 * @param region the region in Cloudflare's spelling (for Azure after {@link AzureRegionAliases}),
 *     or {@code null} when the vendor publishes the prefix as global (AWS {@code GLOBAL}, Google
 *     {@code global}): such a prefix belongs to the vendor but to no region
 * @param prefix the published prefix
 */
public record RangeEntry(Vendor vendor, String region, IpPrefix prefix) {
    /**
     * Checks the components.
     *
     * @param vendor the vendor
     * @param region the region, or {@code null} for a global prefix
     * @param prefix the prefix
     * @throws NullPointerException if {@code vendor} or {@code prefix} is null
     * @throws IllegalArgumentException if {@code region} is empty
     */
    public RangeEntry {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(prefix, "prefix");
        if (region != null && region.isEmpty()) {
            throw new IllegalArgumentException("region must be null (global) or non-empty");
        }
    }

    /**
     * Whether the vendor publishes this prefix as global, without a region.
     *
     * @return true when {@link #region()} is null
     */
    public boolean isGlobal() {
        return region == null;
    }

    /** The vendor, the region (or {@code global}) and the prefix, such as {@code aws us-east-1 3.5.0.0/19}. */
    @Override
    public String toString() {
        return vendor + " " + (region == null ? "(global)" : region) + " " + prefix;
    }
}
