package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.CloudflareError;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RetryPolicy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw-response view of both families: the value the plain call returns, with status, headers, cf-ray and messages. */
class RawResponseTest {
    private static final String DEPRECATION = "{\"success\":true,\"errors\":[],\"messages\":[{\"code\":10001,"
            + "\"message\":\"This endpoint is deprecated; use /origin/cloud_regions\",\"documentation_url\":\"https://example.test/d\"}],";

    private RecordingTransport transport;
    private OriginCloudRegions ocr;
    private CloudRegions cr;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(transport).retryPolicy(RetryPolicy.none()).build();
        ocr = client.cache().originCloudRegions();
        cr = client.origin().cloudRegions();
    }

    @Test
    void v1EditShowsTheDeprecationMessageStatusHeadersAndCfRay() {
        String body = Examples.text("v1-edit-200.json").replaceFirst("\\{", "{\"messages\":[{\"code\":10001,\"message\":\"deprecated\"}],")
                .replace("\"messages\": []", "\"other\": []");
        transport.respond(200, body, "cf-ray", "8f1e2d3c4b5a6978-IAD", "X-Extra", "yes");
        EditParams p = EditParams.builder().zoneId(ZONE).ip("2001:db8::1").region("us-central1").vendor(Vendor.GCP).build();
        RawResponse<ZoneSetting<List<Mapping>>> raw = ocr.withRawResponse().edit(p);
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.cfRay()).contains("8f1e2d3c4b5a6978-IAD");
        assertThat(raw.headers().firstValue("x-extra")).contains("yes");
        assertThat(raw.messages()).containsExactly(CloudflareError.of(10001, "deprecated"));
        transport.respondWithExample(200, "v1-edit-200.json");
        assertThat(raw.value()).isEqualTo(ocr.edit(p));
    }

    @Test
    void v2UpdateShowsTheSameParts() {
        transport.respond(200, DEPRECATION + "\"result\":{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}}",
                "cf-ray", "abc-SEA");
        RawResponse<Mapping> raw = cr.withRawResponse().update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1")
                .vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(raw.value()).isEqualTo(Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"));
        assertThat(raw.cfRay()).contains("abc-SEA");
        assertThat(raw.messages()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo(10001);
            assertThat(m.documentationUrl()).isEqualTo("https://example.test/d");
        });
    }

    @Test
    void v2ListGivesThePageWithItsResponse() throws Exception {
        transport.respondWithExample(200, "v2-list-perpage2-page1-fake.json", "cf-ray", "r1").respondWithExample(200,
                "v2-list-perpage2-page3-fake.json");
        RawResponse<MappingPage> raw = cr.withRawResponse().listAsync(ListParams.of(ZONE, 1, 2)).get(5, TimeUnit.SECONDS);
        assertThat(raw.cfRay()).contains("r1");
        assertThat(raw.messages()).isEmpty();
        assertThat(raw.value().mappings()).hasSize(2);
        assertThat(raw.value().hasNextPage()).isTrue();
        assertThat(raw.value().nextPage().params().page()).isEqualTo(2);
    }

    @Test
    void noCfRayIsEmptyAndErrorsAreThrownAsByThePlainCall() {
        transport.respondWithExample(200, "v2-get-200.json").respondWithExample(404, "v2-get-1142.json");
        assertThat(cr.withRawResponse().get(GetParams.of(ZONE, "192.0.2.1")).cfRay()).isEmpty();
        assertThatThrownBy(() -> cr.withRawResponse().get(GetParams.of(ZONE, "192.0.2.1"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRawResponseIsAnImmutableValue() {
        RawResponse<String> r = new RawResponse<>("v", 200, dev.cfregions.core.spi.HttpHeaders.empty(),
                new java.util.ArrayList<>(List.of(CloudflareError.of(1, "m"))));
        assertThatThrownBy(() -> r.messages().add(CloudflareError.of(2, "n"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.map(String::length)).isEqualTo(new RawResponse<>(1, 200, r.headers(), r.messages()));
        assertThatThrownBy(() -> new RawResponse<>(null, 200, r.headers(), List.of())).isInstanceOf(NullPointerException.class);
    }
}
