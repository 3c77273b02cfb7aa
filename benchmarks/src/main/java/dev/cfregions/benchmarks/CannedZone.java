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
                    String query = request.uri().getRawQuery();
                    int page = query == null ? 1 : Integer.parseInt(query.replaceAll(".*(?:^|&)page=(\\d+).*", "$1"));
                    return v2Pages[Math.min(page, v2Pages.length) - 1];
                })).build();
    }
}
