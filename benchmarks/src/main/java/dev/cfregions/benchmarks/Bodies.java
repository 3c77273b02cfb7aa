package dev.cfregions.benchmarks;

import dev.cfregions.core.model.Mapping;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Response bodies as the service writes them, every entry with its {@code modified_on}. */
final class Bodies {
    static final String MODIFIED = "2026-03-01T12:00:00Z";

    private Bodies() {}

    static byte[] v1List(List<Mapping> mappings) {
        StringBuilder b = new StringBuilder(mappings.size() * 100 + 200);
        b.append("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"origin_public_cloud_region\",")
                .append("\"editable\":true,\"value\":[");
        entries(b, mappings, "origin-ip");
        b.append("],\"modified_on\":\"").append(MODIFIED).append("\"}}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] v2Page(List<Mapping> page, int pageNumber, int perPage, int total) {
        StringBuilder b = new StringBuilder(page.size() * 100 + 200);
        b.append("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[");
        entries(b, page, "origin_ip");
        int pages = (total + perPage - 1) / perPage;
        b.append("],\"result_info\":{\"count\":").append(page.size()).append(",\"page\":").append(pageNumber)
                .append(",\"per_page\":").append(perPage).append(",\"total_count\":").append(total)
                .append(",\"total_pages\":").append(pages).append("}}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entries(StringBuilder b, List<Mapping> mappings, String ipKey) {
        for (int i = 0; i < mappings.size(); i++) {
            Mapping m = mappings.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"").append(ipKey).append("\":\"").append(m.ip().value()).append("\",\"vendor\":\"").append(m.vendor().value())
                    .append("\",\"region\":\"").append(m.region()).append("\",\"modified_on\":\"").append(MODIFIED).append("\"}");
        }
    }
}
