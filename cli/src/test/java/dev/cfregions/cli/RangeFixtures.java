package dev.cfregions.cli;

import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.ranges.RangeLookup;
import dev.cfregions.core.ranges.RangeSets;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The range fixtures (copied from core's tests) and IPs that hit every kind of answer in them. */
final class RangeFixtures {
    /** One of each: match per vendor, conflicts across and within vendors, global, no match, IPv4-mapped. */
    static final List<String> IPS = List.of("3.0.0.1", "3.0.5.1", "3.0.5.33", "99.77.0.1", "34.35.0.1", "34.35.200.1",
            "20.42.0.1", "20.42.64.1", "20.19.0.1", "129.213.0.1", "::ffff:129.213.0.2", "2600:1f18:4000::1", "198.51.100.1",
            "2001:db8::1");

    private RangeFixtures() {}

    static Path file(String name) {
        try {
            return Path.of(RangeFixtures.class.getResource("/ranges/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code --ranges} for all four fixture files. */
    static List<String> rangesArgs() {
        return List.of("--ranges", "aws=" + file("aws-ip-ranges.json"), "--ranges", "gcp=" + file("gcp-cloud.json"),
                "--ranges", "azure=" + file("azure-service-tags.json"), "--ranges", "oci=" + file("oci-public-ip-ranges.json"));
    }

    /** The lookup the command must agree with, built directly through core. */
    static RangeLookup lookup() {
        return RangeLookup.of(RangeSets.read(Vendor.AWS, file("aws-ip-ranges.json")), RangeSets.read(Vendor.GCP, file("gcp-cloud.json")),
                RangeSets.read(Vendor.AZURE, file("azure-service-tags.json")), RangeSets.read(Vendor.OCI, file("oci-public-ip-ranges.json")));
    }

    static List<OriginIp> ips() {
        List<OriginIp> out = new ArrayList<>();
        IPS.forEach(ip -> out.add(OriginIp.of(ip)));
        return out;
    }

    static String[] args(String command, List<String> rest) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(rest);
        return a.toArray(String[]::new);
    }
}
