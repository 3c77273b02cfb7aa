package dev.cfregions.benchmarks;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import java.util.List;

/**
 * A full zone of 3,500 mappings as the service returns it (one v1 body, 35 v2 pages of 100 and
 * the empty page after them) and a client that reads it over a {@link CannedTransport}.
 */
final class CannedZone {
    static final int FULL_ZONE = 3500;
    static final int PER_PAGE = 100;

    final List<Mapping> mappings = Seeds.mappings(FULL_ZONE);
    final byte[] v1Full = Bodies.v1List(mappings);
    final byte[][] v2Pages = new byte[FULL_ZONE / PER_PAGE + 1][];
    final CloudflareClient client;

    CannedZone() {
        int pages = FULL_ZONE / PER_PAGE;
        for (int p = 1; p <= pages; p++) {
            v2Pages[p - 1] = Bodies.v2Page(mappings.subList((p - 1) * PER_PAGE, p * PER_PAGE), p, PER_PAGE, FULL_ZONE);
        }
        v2Pages[pages] = Bodies.v2Page(List.of(), pages + 1, PER_PAGE, FULL_ZONE);
        client = CloudflareClient.builder().baseUrl("https://bench.invalid/client/v4").apiToken(Seeds.TOKEN)
                .transport(new CannedTransport(request -> {
                    String path = request.uri().getRawPath();
                    if (path.contains("/cache/")) {
                        return v1Full;
                    }
                    return v2Pages[Math.min(page(request.uri().getRawQuery()), v2Pages.length) - 1];
                })).build();
    }

    /**
     * The {@code page} parameter of a query, read without a regular expression: the canned
     * transport stands for the network, so its own cost must stay out of the client's figure.
     */
    static int page(String query) {
        if (query == null) {
            return 1;
        }
        int at = 0;
        if (!query.startsWith("page=")) {
            int k = query.indexOf("&page=");
            if (k < 0) {
                return 1;
            }
            at = k + 1;
        }
        int from = at + "page=".length();
        int to = from;
        while (to < query.length() && Character.isDigit(query.charAt(to))) {
            to++;
        }
        return Integer.parseInt(query, from, to, 10);
    }
}
