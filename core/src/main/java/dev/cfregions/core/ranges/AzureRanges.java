package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Azure Service Tags ({@code ServiceTags_Public_*.json}): {@code values[]} of {@code {name,
 * properties: {region, addressPrefixes[]}}}. Only {@code AzureCloud.<region>} tags with a non-empty
 * {@code region} are kept: the service tags ({@code Storage.WestUS}, ...) are subsets of them, and
 * the bare {@code AzureCloud} tag has no region. The region goes through {@link AzureRegionAliases}.
 * Every tag's prefixes are validated, kept or not.
 */
final class AzureRanges {
    private static final String TAG = "AzureCloud.";

    private AzureRanges() {}

    static void readRoot(RangeJson json, List<RangeEntry> out) throws IOException {
        json.rootWithArrays("is this an Azure ServiceTags_Public json?", Map.of("values", () -> readTag(json, out)));
    }

    private static void readTag(RangeJson json, List<RangeEntry> out) throws IOException {
        String[] tag = new String[1];
        Properties[] properties = new Properties[1];
        json.object(name -> {
            switch (name) {
                case "name" -> tag[0] = json.string();
                case "properties" -> properties[0] = readProperties(json);
                default -> json.skip();
            }
        });
        if (tag[0] == null) {
            throw json.missing("name", "");
        }
        if (properties[0] == null) {
            throw json.missing("properties", "");
        }
        Properties p = properties[0];
        if (!tag[0].startsWith(TAG) || p.region.isEmpty()) {
            return;
        }
        if (p.prefixes == null) {
            throw json.missing("properties.addressPrefixes", "");
        }
        String region = AzureRegionAliases.cloudflareName(p.region);
        for (IpPrefix prefix : p.prefixes) {
            out.add(new RangeEntry(Vendor.AZURE, region, prefix));
        }
    }

    private static Properties readProperties(RangeJson json) throws IOException {
        Properties p = new Properties();
        json.object(name -> {
            switch (name) {
                case "region" -> {
                    String region = json.string();
                    // empty is the documented "no region" of global tags; anything else is checked
                    p.region = region.isEmpty() ? "" : json.region(null);
                }
                case "addressPrefixes" -> {
                    List<IpPrefix> prefixes = new ArrayList<>();
                    json.array(() -> prefixes.add(json.prefix(0)));
                    p.prefixes = prefixes;
                }
                default -> json.skip();
            }
        });
        return p;
    }

    /** What one tag's {@code properties} hold. */
    private static final class Properties {
        String region = "";
        List<IpPrefix> prefixes;
    }
}
