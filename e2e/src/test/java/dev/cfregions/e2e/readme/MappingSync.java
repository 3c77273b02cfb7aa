package dev.cfregions.e2e.readme;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.testkit.FakeCloudflare;

/**
 * The application code README's testkit example tests: reads the zone (the example's fault makes
 * the first read a 502 HTML page, which the client retries), then writes two more mappings in one
 * batch.
 */
final class MappingSync {
    private final CloudflareClient client;

    MappingSync(CloudflareClient client) {
        this.client = client;
    }

    void run() {
        OriginCloudRegions ocr = client.cache().originCloudRegions();
        String zone = FakeCloudflare.EXAMPLE_ZONE_ID;
        if (ocr.list(zone).value().size() < 3) {
            ocr.bulkEdit(BulkEditParams.builder().zoneId(zone)
                    .addItem("192.0.2.2", Vendor.AWS, "us-east-1")
                    .addItem("2001:db8::2", Vendor.GCP, "us-central1")
                    .build());
        }
    }
}
