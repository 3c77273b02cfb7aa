package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Google Cloud {@code cloud.json}: {@code prefixes[]} of {@code {ipv4Prefix | ipv6Prefix, service,
 * scope}}. Every prefix is kept (the file lists only Google Cloud customer ranges); {@code scope} is
 * the region, except {@code global}, which is no region. Exactly one of the two prefix fields.
 */
final class GcpRanges {
    private GcpRanges() {}

    static void readRoot(RangeJson json, List<RangeEntry> out) throws IOException {
        json.rootWithArrays("is this a Google Cloud cloud.json?", Map.of("prefixes", () -> readEntry(json, out)));
    }

    private static void readEntry(RangeJson json, List<RangeEntry> out) throws IOException {
        IpPrefix[] prefix = new IpPrefix[1];
        String[] scope = new String[1];
        boolean[] hasScope = new boolean[1];
        json.object(name -> {
            switch (name) {
                case "ipv4Prefix", "ipv6Prefix" -> {
                    if (prefix[0] != null) {
                        throw json.error("both ipv4Prefix and ipv6Prefix in one entry");
                    }
                    prefix[0] = json.prefix(name.equals("ipv4Prefix") ? 4 : 6);
                }
                case "scope" -> {
                    scope[0] = json.region("global");
                    hasScope[0] = true;
                }
                default -> json.skip();
            }
        });
        if (prefix[0] == null) {
            throw json.missing("ipv4Prefix", "or ipv6Prefix");
        }
        if (!hasScope[0]) {
            throw json.missing("scope", "");
        }
        out.add(new RangeEntry(Vendor.GCP, scope[0], prefix[0]));
    }
}
