package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS {@code ip-ranges.json}: {@code prefixes[]} of {@code {ip_prefix, region, service, ...}} and
 * {@code ipv6_prefixes[]} of {@code {ipv6_prefix, region, service, ...}}. Only service {@code EC2}
 * is kept: the other services' prefixes overlap EC2's or belong to no host a user runs. Region
 * {@code GLOBAL} is no region. Every entry is validated, kept or not.
 */
final class AwsRanges {
    private AwsRanges() {}

    static void readRoot(RangeJson json, List<RangeEntry> out) throws IOException {
        // a LinkedHashMap, so that a file missing both names prefixes first
        Map<String, RangeJson.ItemReader> arrays = new LinkedHashMap<>();
        arrays.put("prefixes", () -> readEntry(json, "ip_prefix", 4, out));
        arrays.put("ipv6_prefixes", () -> readEntry(json, "ipv6_prefix", 6, out));
        json.rootWithArrays("is this an AWS ip-ranges.json?", arrays);
    }

    private static void readEntry(RangeJson json, String prefixField, int family, List<RangeEntry> out)
            throws IOException {
        IpPrefix[] prefix = new IpPrefix[1];
        String[] region = new String[1];
        String[] service = new String[1];
        boolean[] hasRegion = new boolean[1];
        json.object(name -> {
            if (name.equals(prefixField)) {
                prefix[0] = json.prefix(family);
            } else if (name.equals("region")) {
                region[0] = json.region("GLOBAL");
                hasRegion[0] = true;
            } else if (name.equals("service")) {
                service[0] = json.string();
            } else {
                json.skip();
            }
        });
        if (prefix[0] == null) {
            throw json.missing(prefixField, "");
        }
        if (!hasRegion[0]) {
            throw json.missing("region", "");
        }
        if (service[0] == null) {
            throw json.missing("service", "");
        }
        if (service[0].equals("EC2")) {
            out.add(new RangeEntry(Vendor.AWS, region[0], prefix[0]));
        }
    }
}
