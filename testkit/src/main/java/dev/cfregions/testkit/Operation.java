package dev.cfregions.testkit;

import java.util.List;

/**
 * Every API route the fake answers, as method + path template relative to {@code /client/v4}.
 * Order matters only for display; the router prefers the route with more literal segments, so
 * {@code batch} and {@code supported_regions} win over {@code {origin_ip}} (reference §14.2).
 */
enum Operation {
    V1_LIST("GET", "/zones/{zone_id}/cache/origin_cloud_regions", false),
    V1_CREATE("POST", "/zones/{zone_id}/cache/origin_cloud_regions", true),
    V1_EDIT("PATCH", "/zones/{zone_id}/cache/origin_cloud_regions", true),
    V1_SUPPORTED_REGIONS("GET", "/zones/{zone_id}/cache/origin_cloud_regions/supported_regions", false),
    V1_BATCH_EDIT("PATCH", "/zones/{zone_id}/cache/origin_cloud_regions/batch", true),
    V1_BATCH_DELETE("DELETE", "/zones/{zone_id}/cache/origin_cloud_regions/batch", true),
    V1_GET("GET", "/zones/{zone_id}/cache/origin_cloud_regions/{origin_ip}", false),
    V1_DELETE("DELETE", "/zones/{zone_id}/cache/origin_cloud_regions/{origin_ip}", true);

    private final String method;
    private final String template;
    private final List<String> segments;
    private final boolean write;

    Operation(String method, String template, boolean write) {
        this.method = method;
        this.template = template;
        this.segments = List.of(template.substring(1).split("/"));
        this.write = write;
    }

    String method() {
        return method;
    }

    String template() {
        return template;
    }

    List<String> segments() {
        return segments;
    }

    /** Whether the operation changes state (read-only tokens are refused). */
    boolean isWrite() {
        return write;
    }

    /** Number of literal (non-placeholder) segments: the more, the more specific. */
    int literalCount() {
        int n = 0;
        for (String s : segments) {
            if (!Router.isPlaceholder(s)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
