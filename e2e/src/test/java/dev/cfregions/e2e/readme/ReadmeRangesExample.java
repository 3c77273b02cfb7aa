package dev.cfregions.e2e.readme;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.ranges.Inference;
import dev.cfregions.core.ranges.RangeAnswer;
import dev.cfregions.core.ranges.RangeLookup;
import dev.cfregions.core.ranges.RangeSets;
import java.nio.file.Path;
import java.util.List;

/** README's range-lookup fragment, compiled in the context its prose describes. */
final class ReadmeRangesExample {
    private ReadmeRangesExample() {}

    static Inference ranges(SupportedRegions zoneSupportedRegions, List<Mapping> desired, List<OriginIp> ips) {
        // README-BEGIN
        RangeLookup ranges = RangeLookup.of(
                RangeSets.read(Vendor.AWS, Path.of("ip-ranges.json")),              // service EC2 only
                RangeSets.read(Vendor.GCP, Path.of("cloud.json")),                  // scope = region
                RangeSets.read(Vendor.AZURE, Path.of("ServiceTags_Public.json")),   // AzureCloud.<region> only
                RangeSets.read(Vendor.OCI, Path.of("public_ip_ranges.json")));      // tag OCI only

        OriginIp ip = OriginIp.of("::ffff:3.5.140.2");
        RangeAnswer answer = ranges.lookup(ip, zoneSupportedRegions);        // zoneSupportedRegions: optional
        answer.mapping(ip).ifPresentOrElse(desired::add, () -> System.err.println(ip + ": " + answer.describe()));
        Inference all = ranges.infer(ips, zoneSupportedRegions);  // all.mappings(), all.unmatched()
        // README-END
        return all;
    }
}
