package dev.cfregions.core.internal;

/**
 * What tells the two endpoint families apart on the wire, in one place: the path, and how the IP
 * field is spelled in requests and in responses. The result shapes differ too: every v1 result
 * but supported regions comes wrapped in the zone's setting record ({@link Codec#setting}), while
 * v2 results are flat and a v2 list carries {@code result_info}; the handles choose the readers
 * accordingly, so that everything else, the reader and writer included, is one code path.
 */
enum Family {
    /** {@code /zones/{zone_id}/cache/origin_cloud_regions}: deprecated, end of life 2026-10-01. */
    V1(new String[] {"cache", "origin_cloud_regions"}, "ip", "origin-ip", true),
    /** {@code /zones/{zone_id}/origin/cloud_regions}: current. */
    V2(new String[] {"origin", "cloud_regions"}, "origin_ip", "origin_ip", false);

    private final String[] root;
    private final String requestIpKey;
    private final String responseIpKey;
    private final boolean retirable;

    Family(String[] root, String requestIpKey, String responseIpKey, boolean retirable) {
        this.root = root;
        this.requestIpKey = requestIpKey;
        this.responseIpKey = responseIpKey;
        this.retirable = retirable;
    }

    /** The path segments after {@code /zones/{zone_id}}, followed by {@code tail}. */
    String[] path(String... tail) {
        String[] segments = new String[root.length + tail.length];
        System.arraycopy(root, 0, segments, 0, root.length);
        System.arraycopy(tail, 0, segments, root.length, tail.length);
        return segments;
    }

    /** The IP field in request bodies: {@code ip} (v1) or {@code origin_ip} (v2). */
    String requestIpKey() {
        return requestIpKey;
    }

    /** The IP field in response entries and batch items: {@code origin-ip} (v1) or {@code origin_ip} (v2). */
    String responseIpKey() {
        return responseIpKey;
    }

    /** Whether the service may answer this family as retired (410, or 404 with 7000). */
    boolean retirable() {
        return retirable;
    }
}
