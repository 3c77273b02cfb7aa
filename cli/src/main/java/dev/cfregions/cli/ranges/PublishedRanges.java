package dev.cfregions.cli.ranges;

import dev.cfregions.core.model.Vendor;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where AWS, Google Cloud and Oracle Cloud publish their range files. Azure has none here: its
 * file is dated and renamed weekly, so the user names it. Each URL can be overridden with the
 * system property {@code cfregions.ranges.<vendor>.url} (tests point them at a loopback server).
 */
public final class PublishedRanges {
    /** The vendors with a stable published URL, in the order they are fetched. */
    public static final List<Vendor> FETCHED = List.of(Vendor.AWS, Vendor.GCP, Vendor.OCI);

    private PublishedRanges() {}

    /**
     * The URL a vendor publishes its ranges at, or the override.
     *
     * @param vendor the vendor
     * @return the URL; empty for a vendor with no stable one (Azure, unknown vendors)
     */
    public static Optional<URI> url(Vendor vendor) {
        String override = System.getProperty("cfregions.ranges." + vendor.value() + ".url");
        if (override != null && !override.isBlank()) {
            return Optional.of(URI.create(override));
        }
        String url = switch (vendor.value()) {
            case "aws" -> "https://ip-ranges.amazonaws.com/ip-ranges.json";
            case "gcp" -> "https://www.gstatic.com/ipranges/cloud.json";
            case "oci" -> "https://docs.oracle.com/en-us/iaas/tools/public_ip_ranges.json";
            default -> null;
        };
        return Optional.ofNullable(url).map(URI::create);
    }
}
