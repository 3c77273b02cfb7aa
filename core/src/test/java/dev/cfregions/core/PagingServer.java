package dev.cfregions.core;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A v2 list endpoint over {@code n} generated mappings, paging as the reference does, or
 * misbehaving on purpose: ignoring {@code page}, capping {@code per_page}, or reporting a
 * {@code total_pages} that is wrong. Records every query it was asked.
 */
final class PagingServer implements HttpTransport {
    final List<String> queries = new ArrayList<>();
    private final int n;
    private boolean ignoresPage;
    private int maxPerPage = 100;
    private Integer reportedTotalPages;
    private int failuresBeforePage2;

    PagingServer(int n) {
        this.n = n;
    }

    /** Answers page 1 whatever page is asked. */
    PagingServer ignoringPage() {
        this.ignoresPage = true;
        return this;
    }

    /** Uses at most {@code max} per page, whatever was asked, and reports it. */
    PagingServer cappingPerPageAt(int max) {
        this.maxPerPage = max;
        return this;
    }

    /** Reports this {@code total_pages} instead of the true one. */
    PagingServer reportingTotalPages(int pages) {
        this.reportedTotalPages = pages;
        return this;
    }

    /** Answers 503 this many times when page 2 is first asked for. */
    PagingServer failingPage2(int times) {
        this.failuresBeforePage2 = times;
        return this;
    }

    static String ip(int i) {
        return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    }

    @Override
    public synchronized CompletableFuture<HttpResponse> execute(HttpRequest request) {
        String query = request.uri().getRawQuery();
        queries.add(query);
        int page = 1;
        int perPage = 20;
        for (String kv : query.split("&")) {
            String[] p = kv.split("=", 2);
            if (p[0].equals("page")) {
                page = Integer.parseInt(p[1]);
            } else if (p[0].equals("per_page")) {
                perPage = Integer.parseInt(p[1]);
            }
        }
        if (page == 2 && failuresBeforePage2 > 0) {
            failuresBeforePage2--;
            return CompletableFuture.completedFuture(HttpResponse.of(503, HttpHeaders.empty(), new byte[0]));
        }
        int size = Math.min(perPage, maxPerPage);
        int served = ignoresPage ? 1 : page;
        int from = Math.min(n, (served - 1) * size);
        int to = Math.min(n, from + size);
        StringBuilder json = new StringBuilder("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[");
        for (int i = from; i < to; i++) {
            json.append(i > from ? "," : "").append("{\"origin_ip\":\"").append(ip(i))
                    .append("\",\"vendor\":\"aws\",\"region\":\"us-east-1\",\"modified_on\":\"2026-03-01T12:00:00Z\"}");
        }
        int totalPages = reportedTotalPages != null ? reportedTotalPages : (n + size - 1) / size;
        json.append("],\"result_info\":{\"count\":").append(to - from).append(",\"page\":").append(page)
                .append(",\"per_page\":").append(size).append(",\"total_count\":").append(n)
                .append(",\"total_pages\":").append(totalPages).append("}}");
        return CompletableFuture.completedFuture(HttpResponse.of(200, HttpHeaders.builder().set("Content-Type", "application/json")
                .build(), json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String name() {
        return "paging";
    }

    @Override
    public void close() {}
}
