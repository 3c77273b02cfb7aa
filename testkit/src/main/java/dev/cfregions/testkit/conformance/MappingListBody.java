package dev.cfregions.testkit.conformance;

import java.nio.charset.StandardCharsets;

/**
 * A v1 list response ({@code GET /zones/{zone}/cache/origin_cloud_regions}) with many
 * mappings, built deterministically so a test can compare the bytes a transport returns.
 * Addresses come from the benchmarking range 198.18.0.0/15 and the documentation prefix
 * 2001:db8::/32.
 */
final class MappingListBody {
    private static final String[][] REGIONS = {
        {"aws", "us-east-1"}, {"azure", "eastus"}, {"gcp", "us-central1"}, {"oci", "us-ashburn-1"},
    };

    private MappingListBody() {}

    static byte[] of(int mappings) {
        StringBuilder json = new StringBuilder(mappings * 110 + 200);
        json.append("{\"errors\":[],\"messages\":[],\"result\":{\"editable\":true,")
                .append("\"id\":\"origin_public_cloud_region\",\"modified_on\":\"2026-03-01T12:00:00Z\",\"value\":[");
        for (int i = 0; i < mappings; i++) {
            String[] region = REGIONS[i % REGIONS.length];
            json.append(i == 0 ? "" : ",")
                    .append("{\"modified_on\":\"2026-03-01T12:00:00Z\",\"origin-ip\":\"").append(ip(i))
                    .append("\",\"region\":\"").append(region[1])
                    .append("\",\"vendor\":\"").append(region[0]).append("\"}");
        }
        json.append("]},\"success\":true}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String ip(int i) {
        if (i % 2 == 0) {
            int n = i / 2;
            return "198." + (18 + n / 65536) + "." + (n / 256 % 256) + "." + (n % 256);
        }
        return "2001:db8::" + Integer.toHexString(i);
    }
}
