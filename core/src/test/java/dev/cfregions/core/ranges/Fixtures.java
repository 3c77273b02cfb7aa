package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Vendor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The range files under {@code src/test/resources/ranges}, written for the tests in each real format. */
final class Fixtures {
    static final String AWS = "aws-ip-ranges.json";
    static final String GCP = "gcp-cloud.json";
    static final String AZURE = "azure-service-tags.json";
    static final String OCI = "oci-public-ip-ranges.json";

    private Fixtures() {}

    static RangeSet read(Vendor vendor, String name) {
        try (InputStream in = open(name)) {
            return RangeSets.read(vendor, in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/ranges/" + name);
        if (in == null) {
            throw new IllegalStateException("no fixture " + name);
        }
        return in;
    }

    static RangeSet readText(Vendor vendor, String json, String source) {
        return RangeSets.read(vendor, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    /** All four fixtures, AWS, Google, Azure, Oracle. */
    static List<RangeSet> all() {
        return List.of(read(Vendor.AWS, AWS), read(Vendor.GCP, GCP), read(Vendor.AZURE, AZURE), read(Vendor.OCI, OCI));
    }
}
