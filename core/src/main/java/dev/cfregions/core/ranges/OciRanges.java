package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Oracle Cloud {@code public_ip_ranges.json}: {@code regions[]} of {@code {region, cidrs[]: {cidr,
 * tags[]}}}. Only CIDRs tagged {@code OCI} are kept ({@code OSN} and {@code OBJECT_STORAGE} are
 * Oracle's own services). Every CIDR is validated, kept or not.
 */
final class OciRanges {
    private OciRanges() {}

    static void readRoot(RangeJson json, List<RangeEntry> out) throws IOException {
        json.rootWithArrays("is this an Oracle public_ip_ranges.json?", Map.of("regions", () -> readRegion(json, out)));
    }

    private static void readRegion(RangeJson json, List<RangeEntry> out) throws IOException {
        String[] region = new String[1];
        int before = out.size();
        boolean[] hasCidrs = new boolean[1];
        // the region may follow its cidrs: entries are added with a placeholder and renamed after
        json.object(name -> {
            switch (name) {
                case "region" -> region[0] = json.region(null);
                case "cidrs" -> {
                    hasCidrs[0] = true;
                    json.array(() -> readCidr(json, out));
                }
                default -> json.skip();
            }
        });
        if (region[0] == null) {
            throw json.missing("region", "");
        }
        if (!hasCidrs[0]) {
            throw json.missing("cidrs", "");
        }
        for (int i = before; i < out.size(); i++) {
            out.set(i, new RangeEntry(Vendor.OCI, region[0], out.get(i).prefix()));
        }
    }

    private static void readCidr(RangeJson json, List<RangeEntry> out) throws IOException {
        IpPrefix[] cidr = new IpPrefix[1];
        boolean[] tags = new boolean[2]; // seen, has OCI
        json.object(name -> {
            switch (name) {
                case "cidr" -> cidr[0] = json.prefix(0);
                case "tags" -> {
                    tags[0] = true;
                    json.array(() -> tags[1] |= json.string().equals("OCI"));
                }
                default -> json.skip();
            }
        });
        if (cidr[0] == null) {
            throw json.missing("cidr", "");
        }
        if (!tags[0]) {
            throw json.missing("tags", "");
        }
        if (tags[1]) {
            out.add(new RangeEntry(Vendor.OCI, PENDING_REGION, cidr[0]));
        }
    }

    /** Stands for the region until the enclosing object has been read to its end. */
    private static final String PENDING_REGION = "(pending)";
}
