package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RetryPolicy;
import org.junit.jupiter.api.Test;

/** {@code validateRegions(true)} checks v2 writes against the v2 supported-regions endpoint, each family its own. */
class CloudRegionsValidationTest {

    @Test
    void v2WritesAreCheckedAgainstTheV2SupportedRegionsOncePerZone() {
        RecordingTransport transport = new RecordingTransport().respondWithExample(200, "v2-supported-regions-200.json")
                .respondWithExample(200, "v2-put-200.json").respondWithExample(200, "v2-batch-put-200.json");
        CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(transport).retryPolicy(RetryPolicy.none())
                .validateRegions(true).build();
        CloudRegions cr = client.origin().cloudRegions();
        cr.update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        assertThatThrownBy(() -> cr.update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS)
                .region("us-central1").build())).isInstanceOf(ValidationException.class).hasMessageContaining("us-central1");
        assertThatThrownBy(() -> cr.bulkUpdate(BulkUpdateParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                .addItem("192.0.2.2", Vendor.OCI, "us-ashburn-1").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("items[1].vendor");
        cr.bulkUpdate(BulkUpdateParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.GCP, "us-central1").build());
        assertThat(transport.requests).extracting(r -> r.method() + " " + r.uri().getRawPath().replaceAll(".*/zones/[^/]+", ""))
                .containsExactly("GET /origin/cloud_regions/supported_regions", "PUT /origin/cloud_regions/192.0.2.1",
                        "PUT /origin/cloud_regions/batch");
    }

    @Test
    void theUpdateAfterTheRegionCheckGetsOnlyWhatIsLeftOfTheDeadline() {
        TestClients.ManualClock clock = new TestClients.ManualClock();
        RecordingTransport transport = new RecordingTransport().respondWithExample(200, "v2-supported-regions-200.json")
                .after(() -> clock.now = clock.now.plusMillis(500)).respondWithExample(200, "v2-put-200.json");
        CloudRegions cr = TestClients.builder(transport, clock, new TestClients.RecordingSleeper(clock))
                .retryPolicy(RetryPolicy.builder().totalDeadline(java.time.Duration.ofMillis(800)).build()).validateRegions(true)
                .build().origin().cloudRegions();
        cr.update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(transport.requests).extracting(r -> r.timeout().toMillis()).containsExactly(800L, 300L);
    }

    @Test
    void withoutTheSwitchNothingIsFetched() {
        RecordingTransport transport = new RecordingTransport().respondWithExample(200, "v2-put-200.json");
        CloudflareClient.builder().apiToken("t").transport(transport).build().origin().cloudRegions()
                .update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("nowhere-1").build());
        assertThat(transport.requests).hasSize(1);
    }
}
