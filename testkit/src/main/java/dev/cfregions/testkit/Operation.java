package dev.cfregions.testkit;

import java.util.List;

/**
 * Every API route the fake answers, as method + path template relative to {@code /client/v4}:
 * one {@link Kind} of operation in one {@link Family}'s spelling. Order matters only for
 * display; the router prefers the route with more literal segments, so {@code batch} and
 * {@code supported_regions} win over {@code {origin_ip}} (reference §14.2).
 */
enum Operation {
    V1_LIST(Family.V1, Kind.LIST, "GET", ""),
    V1_CREATE(Family.V1, Kind.CREATE, "POST", ""),
    V1_EDIT(Family.V1, Kind.UPSERT, "PATCH", ""),
    V1_SUPPORTED_REGIONS(Family.V1, Kind.SUPPORTED_REGIONS, "GET", "/supported_regions"),
    V1_BATCH_EDIT(Family.V1, Kind.BATCH_UPSERT, "PATCH", "/batch"),
    V1_BATCH_DELETE(Family.V1, Kind.BATCH_DELETE, "DELETE", "/batch"),
    V1_GET(Family.V1, Kind.GET, "GET", "/{origin_ip}"),
    V1_DELETE(Family.V1, Kind.DELETE, "DELETE", "/{origin_ip}"),

    V2_LIST(Family.V2, Kind.LIST, "GET", ""),
    V2_SUPPORTED_REGIONS(Family.V2, Kind.SUPPORTED_REGIONS, "GET", "/supported_regions"),
    V2_BATCH_UPDATE(Family.V2, Kind.BATCH_UPSERT, "PUT", "/batch"),
    V2_BATCH_DELETE(Family.V2, Kind.BATCH_DELETE, "DELETE", "/batch"),
    V2_GET(Family.V2, Kind.GET, "GET", "/{origin_ip}"),
    V2_UPDATE(Family.V2, Kind.UPSERT, "PUT", "/{origin_ip}"),
    V2_DELETE(Family.V2, Kind.DELETE, "DELETE", "/{origin_ip}");

    /** What an operation does, whichever family spells it. */
    enum Kind {
        LIST(false), CREATE(true), UPSERT(true), GET(false), DELETE(true),
        BATCH_UPSERT(true), BATCH_DELETE(true), SUPPORTED_REGIONS(false);

        private final boolean write;

        Kind(boolean write) {
            this.write = write;
        }
    }

    private final Family family;
    private final Kind kind;
    private final String method;
    private final String template;
    private final List<String> segments;

    Operation(Family family, Kind kind, String method, String suffix) {
        this.family = family;
        this.kind = kind;
        this.method = method;
        this.template = family.pathPrefix() + suffix;
        this.segments = List.of(template.substring(1).split("/"));
    }

    Family family() {
        return family;
    }

    Kind kind() {
        return kind;
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
        return kind.write;
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
