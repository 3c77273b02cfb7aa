package dev.cfregions.core;

import static dev.cfregions.core.TestClients.TOKEN;
import static dev.cfregions.core.TestClients.V2_ROOT;
import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.errors.PermissionDeniedException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.BatchItemFailure;
import dev.cfregions.core.model.BatchItemSuccess;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.ResultInfo;
import dev.cfregions.core.model.SupportedRegion;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.BulkDeleteParams;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.DeleteParams;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.SupportedRegionsParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.spi.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request of every v2 operation, and every v2 response and error example, decoded. */
class CloudRegionsTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    private RecordingTransport transport;
    private TestClients.RecordingSleeper sleeper;
    private CloudRegions cr;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        TestClients.ManualClock clock = new TestClients.ManualClock();
        sleeper = new TestClients.RecordingSleeper(clock);
        cr = TestClients.builder(transport, clock, sleeper).requestTimeout(Duration.ofSeconds(7)).build().origin().cloudRegions();
    }

    @Test
    void listAsksForThePageAndReadsResultInfo() {
        transport.respondWithExample(200, "v2-list-perpage2-page1-fake.json");
        MappingPage page = cr.list(ListParams.of(ZONE, 1, 2));
        assertRequest("GET", V2_ROOT + "?page=1&per_page=2", null);
        assertThat(page.mappings()).containsExactly(
                new Mapping(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1", T),
                new Mapping(OriginIp.of("192.0.2.2"), Vendor.AWS, "us-west-2", Instant.parse("2026-03-01T12:01:00Z")));
        assertThat(page.resultInfo()).isEqualTo(new ResultInfo(2, 1, 2, 5, 3));
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.nextPageParams()).contains(ListParams.of(ZONE, 2, 2));
        assertThatThrownBy(() -> page.mappings().add(page.mappings().get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listByZoneAsksForOneHundredPerPage() {
        transport.respondWithExample(200, "v2-list-empty.json");
        MappingPage page = cr.list(ZONE);
        assertRequest("GET", V2_ROOT + "?page=1&per_page=100", null);
        assertThat(page.mappings()).isEmpty();
        assertThat(page.resultInfo()).isEqualTo(new ResultInfo(0, 1, 20, 0, 0));
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.nextPageParams()).isEmpty();
        assertThatThrownBy(page::nextPage).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void aListWithoutResultInfoIsMalformed() {
        transport.respond(200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[]}");
        MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class, () -> cr.list(ZONE));
        assertThat(e.getMessage()).contains("result_info");
    }

    @Test
    void aResultInfoWithAMissingOrNegativeNumberIsMalformed() {
        transport.respond(200, "{\"result\":[],\"result_info\":{\"count\":0,\"page\":1,\"per_page\":20,\"total_count\":0}}");
        assertThat(catchThrowableOfType(MalformedResponseException.class, () -> cr.list(ZONE)).getMessage()).contains("total_pages");
        transport.respond(200, "{\"result\":[],\"result_info\":{\"count\":0,\"page\":-1,\"per_page\":20,\"total_count\":0,\"total_pages\":0}}");
        assertThat(catchThrowableOfType(MalformedResponseException.class, () -> cr.list(ZONE)).getMessage()).contains("page");
    }

    @Test
    void aBadListPageIsTheService1146() {
        transport.respondWithExample(400, "v2-list-1146.json");
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> cr.list(ZONE));
        assertThat(e.hasCode(ErrorCodes.INVALID_INPUT)).isTrue();
    }

    @Test
    void getKeepsColonsLiteralAndReadsTheFlatResult() {
        transport.respondWithExample(200, "v2-get-200.json");
        Mapping m = cr.get(GetParams.of(ZONE, "2001:0DB8:0000:0000:0000:0000:0000:0001"));
        assertRequest("GET", V2_ROOT + "/2001:db8::1", null);
        assertThat(transport.last().uri().getRawPath()).endsWith("/origin/cloud_regions/2001:db8::1");
        assertThat(m).isEqualTo(new Mapping(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1", T));
    }

    @Test
    void getOfAnAbsentIpIsNotFound() {
        transport.respondWithExample(404, "v2-get-1142.json");
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> cr.get(GetParams.of(ZONE, "192.0.2.9")));
        assertThat(e.hasCode(ErrorCodes.NOT_FOUND)).isTrue();
        assertThat(e).isNotInstanceOf(dev.cfregions.core.errors.EndpointRetiredException.class);
    }

    @Test
    void updatePutsTheIpInPathAndBody() {
        transport.respondWithExample(200, "v2-put-200.json");
        Mapping m = cr.update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        assertRequest("PUT", V2_ROOT + "/192.0.2.1", "v2-put-request.json");
        assertThat(m).isEqualTo(new Mapping(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1", T));
    }

    @Test
    void updateErrorsAreTyped() {
        UpdateParams p = UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build();
        transport.respondWithExample(400, "v2-put-1146.json").respondWithExample(400, "v2-put-1157.json")
                .respondWithExample(403, "v2-put-1164.json");
        assertThat(catchThrowableOfType(BadRequestException.class, () -> cr.update(p)).hasCode(ErrorCodes.INVALID_INPUT)).isTrue();
        assertThat(catchThrowableOfType(BadRequestException.class, () -> cr.update(p)).hasCode(ErrorCodes.UNSUPPORTED_REGION))
                .isTrue();
        assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> cr.update(p)).hasCode(ErrorCodes.LIMIT_REACHED))
                .isTrue();
    }

    @Test
    void updateIsRetriedLikeAnIdempotentCall() {
        transport.respond(500, "{\"success\":false,\"errors\":[{\"code\":1140,\"message\":\"x\"}],\"messages\":[],\"result\":null}")
                .respondWithExample(200, "v2-put-200.json");
        Mapping m = cr.update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(m.region()).isEqualTo("us-east-1");
        assertThat(transport.requests).hasSize(2).allSatisfy(r -> assertThat(r.method()).isEqualTo("PUT"));
        assertThat(sleeper.delays).hasSize(1);
    }

    @Test
    void deleteReturnsTheDeletedIp() {
        transport.respondWithExample(200, "v2-delete-200.json");
        OriginIp deleted = cr.delete(DeleteParams.of(ZONE, "192.0.2.1"));
        assertRequest("DELETE", V2_ROOT + "/192.0.2.1", null);
        assertThat(deleted).isEqualTo(OriginIp.of("192.0.2.1"));
    }

    @Test
    void deleteOfAnAbsentIpIsNotFound() {
        transport.respondWithExample(404, "v2-delete-1142.json");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> cr.delete(DeleteParams.of(ZONE, "192.0.2.1")))
                .hasCode(ErrorCodes.NOT_FOUND)).isTrue();
    }

    @Test
    void aDeleteResultWithoutTheIpIsMalformed() {
        transport.respond(200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"origin-ip\":\"192.0.2.1\"}}");
        assertThat(catchThrowableOfType(MalformedResponseException.class, () -> cr.delete(DeleteParams.of(ZONE, "192.0.2.1")))
                .getMessage()).contains("origin_ip");
    }

    @Test
    void bulkUpdatePutsTheBatchAndReadsEveryItem() {
        transport.respondWithExample(200, "v2-batch-put-200-partial-fake.json");
        BatchResult r = cr.bulkUpdate(BulkUpdateParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                .addItem("2001:DB8::1", Vendor.GCP, "us-central1").build());
        assertThat(transport.last().method()).isEqualTo("PUT");
        assertThat(transport.last().uri().toString()).isEqualTo(V2_ROOT + "/batch");
        assertThat(Examples.tree(transport.lastBody())).isEqualTo(Examples.tree(
                "[{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                        + "{\"origin_ip\":\"2001:db8::1\",\"vendor\":\"gcp\",\"region\":\"us-central1\"}]"));
        assertThat(r.succeeded()).containsExactly(new BatchItemSuccess(OriginIp.of("192.0.2.7"), Vendor.AWS, "us-west-2"));
        assertThat(r.failed()).extracting(BatchItemFailure::ip).containsExactly("not-an-ip", "2001:db8::7");
    }

    @Test
    void bulkUpdateMatchesTheDocumentedRequest() {
        transport.respondWithExample(200, "v2-batch-put-200.json");
        BulkUpdateParams.Builder b = BulkUpdateParams.builder().zoneId(ZONE);
        for (Object item : (List<?>) Examples.tree(Examples.text("v2-batch-put-request.json"))) {
            java.util.Map<?, ?> m = (java.util.Map<?, ?>) item;
            b.addItem((String) m.get("origin_ip"), Vendor.of((String) m.get("vendor")), (String) m.get("region"));
        }
        cr.bulkUpdate(b.build());
        assertRequest("PUT", V2_ROOT + "/batch", "v2-batch-put-request.json");
    }

    @Test
    void aBatchOverTheLimitIsTheService1164() {
        transport.respondWithExample(403, "v2-batch-put-1164.json");
        assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> cr.bulkUpdate(BulkUpdateParams.builder()
                .zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1").build())).hasCode(ErrorCodes.LIMIT_REACHED)).isTrue();
    }

    @Test
    void bulkDeleteSendsTheIpsAsAJsonArrayBody() {
        transport.respondWithExample(200, "v2-batch-delete-200-partial-fake.json");
        BulkDeleteParams.Builder b = BulkDeleteParams.builder().zoneId(ZONE);
        for (Object ip : (List<?>) Examples.tree(Examples.text("v2-batch-delete-request.json"))) {
            b.addIp((String) ip);
        }
        BatchResult r = cr.bulkDelete(b.build());
        assertRequest("DELETE", V2_ROOT + "/batch", "v2-batch-delete-request.json");
        assertThat(r.succeeded()).extracting(BatchItemSuccess::ip).containsExactly(OriginIp.of("192.0.2.1"));
        assertThat(r.failed()).extracting(BatchItemFailure::ip).containsExactly("203.0.113.9", "not-an-ip");
    }

    @Test
    void aBatchServerErrorIsTyped() {
        transport.respond(500, "<html>bad gateway</html>").respond(500, "<html>bad gateway</html>")
                .respond(500, "<html>bad gateway</html>");
        InternalServerException e = catchThrowableOfType(InternalServerException.class,
                () -> cr.bulkDelete(BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1").build()));
        assertThat(e.bodyExcerpt()).isPresent();
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void supportedRegions() {
        transport.respondWithExample(200, "v2-supported-regions-200.json");
        assertThat(cr.supportedRegions(SupportedRegionsParams.of(ZONE)).regions(Vendor.AWS)).extracting(SupportedRegion::name)
                .contains("us-east-1");
        assertRequest("GET", V2_ROOT + "/supported_regions", null);
    }

    @Test
    void invalidInputSendsNothing() {
        assertThatThrownBy(() -> cr.get(GetParams.of(ZONE, "192.168.000.001"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cr.list(ListParams.of(ZONE, 0, 20))).isInstanceOf(ValidationException.class);
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void theV1AndV2HandlesShareTheClientAndItsModel() {
        transport.respondWithExample(200, "v2-get-200.json").respondWithExample(200, "v1-get-200.json");
        CloudflareClient client = CloudflareClient.builder().apiToken(TOKEN).transport(transport).build();
        Mapping v2 = client.origin().cloudRegions().get(GetParams.of(ZONE, "192.0.2.1"));
        Mapping v1 = client.cache().originCloudRegions().get(dev.cfregions.core.cache.GetParams.of(ZONE, "192.0.2.1")).value();
        assertThat(v2.sameTarget(v1)).isTrue();
        assertThat(transport.requests).extracting(r -> r.uri().getPath()).containsExactly(
                "/client/v4/zones/" + ZONE + "/origin/cloud_regions/192.0.2.1",
                "/client/v4/zones/" + ZONE + "/cache/origin_cloud_regions/192.0.2.1");
    }

    private void assertRequest(String method, String uri, String bodyExample) {
        assertThat(transport.requests).hasSize(1);
        HttpRequest r = transport.last();
        assertThat(r.method()).isEqualTo(method);
        assertThat(r.uri().toString()).isEqualTo(uri);
        assertThat(r.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(r.headers().allValues("Authorization")).containsExactly("Bearer " + TOKEN);
        assertThat(r.headers().allValues("Accept")).containsExactly("application/json");
        if (bodyExample == null) {
            assertThat(r.hasBody()).isFalse();
            assertThat(r.headers().contains("Content-Type")).isFalse();
        } else {
            assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
            assertThat(Examples.tree(transport.lastBody())).isEqualTo(Examples.tree(Examples.text(bodyExample)));
        }
    }
}
