package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ROOT;
import static dev.cfregions.core.TestClients.TOKEN;
import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request line, headers and body of every operation. */
class OriginCloudRegionsRequestTest {
    private RecordingTransport transport;
    private OriginCloudRegions ocr;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        TestClients.ManualClock clock = new TestClients.ManualClock();
        ocr = TestClients.builder(transport, clock, new TestClients.RecordingSleeper(clock))
                .requestTimeout(Duration.ofSeconds(7)).build().cache().originCloudRegions();
    }

    @Test
    void list() {
        transport.respondWithExample(200, "v1-list-200.json");
        ocr.list(ListParams.of(ZONE));
        assertRequest("GET", ROOT, null);
    }

    @Test
    void create() {
        transport.respondWithExample(200, "v1-create-200.json");
        ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        assertRequest("POST", ROOT, "v1-create-request.json");
    }

    @Test
    void edit() {
        transport.respondWithExample(200, "v1-edit-200.json");
        ocr.edit(EditParams.builder().zoneId(ZONE).ip("2001:DB8:0::1").region("us-central1").vendor(Vendor.GCP).build());
        assertRequest("PATCH", ROOT, "v1-edit-request.json");
    }

    @Test
    void getCanonicalizesAndKeepsColonsLiteralInThePath() {
        transport.respondWithExample(200, "v1-get-200.json");
        ocr.get(GetParams.of(ZONE, "2001:0DB8:0000:0000:0000:0000:0000:0001"));
        assertRequest("GET", ROOT + "/2001:db8::1", null);
        assertThat(transport.last().uri().getRawPath()).endsWith("/origin_cloud_regions/2001:db8::1");
    }

    @Test
    void delete() {
        transport.respondWithExample(200, "v1-delete-200.json");
        ocr.delete(DeleteParams.of(ZONE, "192.0.2.1"));
        assertRequest("DELETE", ROOT + "/192.0.2.1", null);
    }

    @Test
    void bulkEdit() {
        transport.respondWithExample(200, "v1-batch-edit-200.json");
        ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                .addItem("2001:db8:0:0::1", Vendor.GCP, "us-central1").build());
        assertRequest("PATCH", ROOT + "/batch", "v1-batch-edit-request.json");
    }

    @Test
    void bulkDeleteSendsTheIpsAsAJsonArrayBody() {
        transport.respondWithExample(200, "v1-batch-delete-200.json");
        ocr.bulkDelete(BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1").addIp("2001:DB8::0001").build());
        assertRequest("DELETE", ROOT + "/batch", "v1-batch-delete-request.json");
    }

    @Test
    void supportedRegions() {
        transport.respondWithExample(200, "v1-supported-regions-200.json");
        ocr.supportedRegions(SupportedRegionsParams.of(ZONE));
        assertRequest("GET", ROOT + "/supported_regions", null);
    }

    @Test
    void invalidInputSendsNothing() {
        assertThatThrownBy(() -> ocr.get(GetParams.of(ZONE, "192.168.000.001"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ocr.list(ListParams.of("../" + ZONE))).isInstanceOf(ValidationException.class);
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void apiKeyCredentialsUseTheEmailAndKeyHeaders() {
        RecordingTransport t = new RecordingTransport().respondWithExample(200, "v1-list-200.json");
        CloudflareClient.builder().apiKey("ops@example.com", "0123456789abcdef").transport(t).build()
                .cache().originCloudRegions().list(ZONE);
        assertThat(t.last().headers().firstValue("X-Auth-Email")).contains("ops@example.com");
        assertThat(t.last().headers().firstValue("X-Auth-Key")).contains("0123456789abcdef");
        assertThat(t.last().headers().contains("Authorization")).isFalse();
    }

    private void assertRequest(String method, String uri, String bodyExample) {
        assertThat(transport.requests).hasSize(1);
        HttpRequest r = transport.last();
        assertThat(r.method()).isEqualTo(method);
        assertThat(r.uri().toString()).isEqualTo(uri);
        assertThat(r.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(r.headers().allValues("Authorization")).containsExactly("Bearer " + TOKEN);
        assertThat(r.headers().allValues("Accept")).containsExactly("application/json");
        assertThat(r.headers().firstValue("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).startsWith("cfregions-java/"));
        if (bodyExample == null) {
            assertThat(r.hasBody()).isFalse();
            assertThat(r.headers().contains("Content-Type")).isFalse();
        } else {
            assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
            assertThat(Examples.tree(transport.lastBody())).isEqualTo(Examples.tree(Examples.text(bodyExample)));
        }
    }
}
