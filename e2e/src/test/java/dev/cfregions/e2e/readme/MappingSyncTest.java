package dev.cfregions.e2e.readme;

// README-BEGIN
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.FakeCloudflareExtension;
import dev.cfregions.testkit.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeCloudflareExtension.class)
class MappingSyncTest {
    @Test
    void syncs(FakeCloudflare fake, CloudflareClient client) {
        fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"));
        fake.faults().next(1, "GET", "/zones/*/cache/origin_cloud_regions", new Fault.HtmlErrorPage(502));

        new MappingSync(client).run();

        assertEquals(3, fake.mappings(FakeCloudflare.EXAMPLE_ZONE_ID).size());
        fake.journal().verify(1, "PATCH", "/zones/*/cache/origin_cloud_regions/batch");
    }
}
// README-END
