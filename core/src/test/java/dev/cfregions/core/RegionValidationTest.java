package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.params.RetryPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional client-side check of vendor and region against the zone's supported regions. */
class RegionValidationTest {
    private RecordingTransport transport;
    private OriginCloudRegions ocr;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        ocr = CloudflareClient.builder().apiToken("t").transport(transport).retryPolicy(RetryPolicy.none()).validateRegions(true)
                .build().cache().originCloudRegions();
    }

    @Test
    void regionsAreFetchedOncePerZoneAndKept() {
        transport.respondWithExample(200, "v1-supported-regions-200.json").respondWithExample(200, "v1-edit-200.json")
                .respondWithExample(200, "v1-edit-200.json");
        ocr.edit(edit(Vendor.GCP, "us-central1"));
        ocr.edit(edit(Vendor.AWS, "us-west-2"));
        assertThat(transport.requests).extracting(r -> r.method() + " " + r.uri().getRawPath().replaceAll(".*/origin_cloud_regions", ""))
                .containsExactly("GET /supported_regions", "PATCH ", "PATCH ");
    }

    @Test
    void anUnsupportedRegionIsRefusedBeforeSending() {
        transport.respondWithExample(200, "v1-supported-regions-200.json");
        assertThatThrownBy(() -> ocr.edit(edit(Vendor.AWS, "us-central1"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("region").hasMessageContaining("us-central1");
        assertThatThrownBy(() -> ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                .addItem("192.0.2.2", Vendor.OCI, "us-ashburn-1").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("items[1].vendor");
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void aFailedFetchIsNotKept() {
        transport.respond(503, "{}").respondWithExample(200, "v1-supported-regions-200.json").respondWithExample(200, "v1-edit-200.json");
        assertThatThrownBy(() -> ocr.edit(edit(Vendor.GCP, "us-central1"))).isInstanceOf(InternalServerException.class);
        ocr.edit(edit(Vendor.GCP, "us-central1"));
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void whenTheServiceWillNotListRegionsTheServiceValidatesTheWrite() {
        // a zone without Tiered Cache cannot list its regions, but writes do not need Tiered Cache
        transport.respond(400, "{\"success\":false,\"errors\":[{\"code\":1148,\"message\":\"Tiered Cache must be enabled\"}],"
                + "\"messages\":[],\"result\":null}").respondWithExample(200, "v1-edit-200.json");
        ocr.edit(edit(Vendor.GCP, "us-central1"));
        assertThat(transport.requests).extracting(r -> r.method()).containsExactly("GET", "PATCH");
    }

    @Test
    void theListIsFetchedAgainAfterItsTimeToLive() {
        TestClients.ManualClock clock = new TestClients.ManualClock();
        RecordingTransport t = new RecordingTransport().respondWithExample(200, "v1-supported-regions-200.json")
                .respondWithExample(200, "v1-edit-200.json").respondWithExample(200, "v1-edit-200.json")
                .respondWithExample(200, "v1-supported-regions-200.json").respondWithExample(200, "v1-edit-200.json");
        OriginCloudRegions o = CloudflareClient.builder().apiToken("t").transport(t).clock(clock).validateRegions(true)
                .build().cache().originCloudRegions();
        o.edit(edit(Vendor.GCP, "us-central1"));
        clock.now = clock.now.plus(java.time.Duration.ofMinutes(9));
        o.edit(edit(Vendor.GCP, "us-central1"));
        clock.now = clock.now.plus(java.time.Duration.ofMinutes(2));
        o.edit(edit(Vendor.GCP, "us-central1"));
        assertThat(t.requests).extracting(r -> r.method()).containsExactly("GET", "PATCH", "PATCH", "GET", "PATCH");
    }

    private static EditParams edit(Vendor vendor, String region) {
        return EditParams.builder().zoneId(ZONE).ip("2001:db8::1").vendor(vendor).region(region).build();
    }
}
