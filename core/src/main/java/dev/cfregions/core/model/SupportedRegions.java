package dev.cfregions.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions each vendor offers for this zone. Vendors are a map, not four fields: the
 * service may list only some vendors, or ones this library does not know yet. Immutable.
 *
 * @param obtainedCodes whether the service resolved the upper-tier colo codes; when false the
 *     colo lists may be empty or incomplete
 * @param vendors each vendor's regions, in the order the service listed them
 */
public record SupportedRegions(boolean obtainedCodes, Map<Vendor, List<SupportedRegion>> vendors) {
    /**
     * Creates the value, checking its components.
     *
     * @param obtainedCodes whether the service resolved the upper-tier colo codes; when false the
     *     colo lists may be empty or incomplete
     * @param vendors each vendor's regions, in the order the service listed them
     */
    public SupportedRegions {
        Map<Vendor, List<SupportedRegion>> copy = new LinkedHashMap<>();
        vendors.forEach((v, regions) -> copy.put(v, List.copyOf(regions)));
        vendors = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return the vendor's regions; empty when the vendor is not listed}
     *
     * @param vendor the cloud vendor
     */
    public List<SupportedRegion> regions(Vendor vendor) {
        return vendors.getOrDefault(vendor, List.of());
    }

    /**
     * {@return whether {@code region} is listed for {@code vendor}}
     *
     * @param vendor the cloud vendor
     * @param region the region identifier
     */
    public boolean supports(Vendor vendor, String region) {
        for (SupportedRegion r : regions(vendor)) {
            if (r.name().equals(region)) {
                return true;
            }
        }
        return false;
    }
}
