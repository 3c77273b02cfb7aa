package dev.cfregions.testkit;

import static dev.cfregions.testkit.ValueMatcher.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.model.Vendor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Java examples of the Verification section of testkit/README.md, as written there, on the extension's client. */
@ExtendWith(FakeCloudflareExtension.class)
@Timeout(30)
class VerificationReadmeTest {

    @Test
    void theVerifyExampleHolds(FakeCloudflare fake, CloudflareClient client) {
        client.origin().cloudRegions().update(UpdateParams.builder().zoneId(FakeCloudflare.EXAMPLE_ZONE_ID)
                .ip("2001:DB8:0::1").vendor(Vendor.AWS).region("us-east-1").build());
        client.origin().cloudRegions().list(FakeCloudflare.EXAMPLE_ZONE_ID);
        client.origin().cloudRegions().list(FakeCloudflare.EXAMPLE_ZONE_ID);

        RequestPattern upsert = RequestPattern.builder()
                .method("PUT")
                .path("/zones/*/origin/cloud_regions/2001:db8::1")      // matches .../2001%3Adb8%3A%3A1 and .../2001:DB8:0::1
                .header("Content-Type", containing("json"))
                .bodyEqualToJson("{\"vendor\":\"aws\",\"region\":\"us-east-1\"}", true)   // true: ignore extra fields
                .build();
        fake.journal().verify(Count.exactly(1), upsert);
        fake.journal().verify(Count.never(), RequestPattern.of("DELETE", "/zones/**"));
        fake.journal().verify(2, "GET", "/zones/*/origin/cloud_regions");           // exactly 2, method and glob only
    }

    @Test
    void theTakeRequestExampleHolds(FakeCloudflare fake, CloudflareClient client) throws Exception {
        CompletableFuture<MappingPage> page = client.origin().cloudRegions().listAsync(ListParams.of(FakeCloudflare.EXAMPLE_ZONE_ID));
        RecordedRequest first = fake.journal().takeRequest(Duration.ofSeconds(5)).orElseThrow();
        assertEquals(200, first.status());
        assertEquals("page=1&per_page=100", first.query());
        page.get();
    }
}
