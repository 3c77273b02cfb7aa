package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.CloudflareError;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.errors.PermissionDeniedException;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.model.BatchItemFailure;
import dev.cfregions.core.model.BatchItemSuccess;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegion;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.params.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every response and error example of the v1 family, decoded. */
class ResponseDecodingTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final Mapping V4 = new Mapping(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1", T);
    private static final Mapping V6 = new Mapping(OriginIp.of("2001:db8::1"), Vendor.GCP, "us-central1", T);

    private RecordingTransport transport;
    private OriginCloudRegions ocr;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        ocr = CloudflareClient.builder().apiToken("t").transport(transport).retryPolicy(RetryPolicy.none()).build()
                .cache().originCloudRegions();
    }

    @Test
    void listEmpty() {
        transport.respondWithExample(200, "v1-list-200-empty.json");
        ZoneSetting<List<Mapping>> s = ocr.list(ListParams.of(ZONE));
        assertThat(s).isEqualTo(new ZoneSetting<>("origin_public_cloud_region", true, List.of(), null));
    }

    @Test
    void listAndEditReturnTheWholeList() {
        transport.respondWithExample(200, "v1-list-200.json").respondWithExample(200, "v1-edit-200.json");
        ZoneSetting<List<Mapping>> expected = new ZoneSetting<>(ZoneSetting.ID, true, List.of(V4, V6), T);
        assertThat(ocr.list(ZONE)).isEqualTo(expected);
        assertThat(ocr.edit(EditParams.builder().zoneId(ZONE).ip("2001:db8::1").vendor(Vendor.GCP).region("us-central1").build()))
                .isEqualTo(expected);
    }

    @Test
    void createGetDeleteReturnOneMapping() {
        transport.respondWithExample(200, "v1-create-200.json").respondWithExample(200, "v1-get-200.json")
                .respondWithExample(200, "v1-delete-200.json");
        ZoneSetting<Mapping> created = ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS)
                .region("us-east-1").build());
        assertThat(created.value()).isEqualTo(V4);
        assertThat(created.modifiedOn()).isEqualTo(T);
        assertThat(ocr.get(GetParams.of(ZONE, "192.0.2.1")).value().ip()).isEqualTo(OriginIp.of("192.0.2.1"));
        assertThat(ocr.delete(DeleteParams.of(ZONE, "192.0.2.1")).value().vendor()).isEqualTo(Vendor.AWS);
    }

    @Test
    void batchEditPartialKeepsEveryItem() {
        transport.respondWithExample(200, "v1-batch-edit-200-partial-fake.json");
        ZoneSetting<BatchResult> r = ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE).addItem("192.0.2.7", Vendor.AWS, "us-west-2").build());
        assertThat(r.value().succeeded()).containsExactly(new BatchItemSuccess(OriginIp.of("192.0.2.7"), Vendor.AWS, "us-west-2"));
        assertThat(r.value().failed()).containsExactly(
                new BatchItemFailure("not-an-ip", "Invalid or missing origin IP address."),
                new BatchItemFailure("2001:db8::7",
                        "The vendor provided doesn't exist or the region provided does not exist for the specified cloud vendor"));
        assertThat(r.value().allSucceeded()).isFalse();
    }

    @Test
    void batchWithNothingAppliedHasNullModifiedOn() {
        transport.respondWithExample(200, "v1-batch-edit-200-none-applied-fake.json");
        ZoneSetting<BatchResult> r = ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE).addItem("192.0.2.7", Vendor.AWS, "x").build());
        assertThat(r.modifiedOn()).isNull();
        assertThat(r.value().succeeded()).isEmpty();
        assertThat(r.value().failed()).isNotEmpty();
    }

    @Test
    void batchEditAndDeleteDocumented() {
        transport.respondWithExample(200, "v1-batch-edit-200.json").respondWithExample(200, "v1-batch-delete-200.json");
        BatchResult edit = ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1").build()).value();
        assertThat(edit.succeeded()).extracting(BatchItemSuccess::ip).contains(OriginIp.of("192.0.2.1"));
        assertThat(edit.failed()).isEmpty();
        BatchResult del = ocr.bulkDelete(BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1").build()).value();
        assertThat(del.succeeded()).isNotEmpty().allSatisfy(s -> assertThat(s.vendor()).isNotNull());
    }

    @Test
    void supportedRegionsKeepsTheVendorsListed() {
        transport.respondWithExample(200, "v1-supported-regions-200.json");
        SupportedRegions r = ocr.supportedRegions(SupportedRegionsParams.of(ZONE));
        assertThat(r.obtainedCodes()).isTrue();
        assertThat(r.vendors().keySet()).containsExactly(Vendor.AWS, Vendor.GCP);
        assertThat(r.regions(Vendor.AWS)).containsExactly(new SupportedRegion("us-east-1", List.of("IAD", "EWR")),
                new SupportedRegion("us-west-2", List.of("SEA")));
        assertThat(r.supports(Vendor.GCP, "us-central1")).isTrue();
        assertThat(r.supports(Vendor.AZURE, "us-central1")).isFalse();
    }

    @Test
    void unknownVendorsAndFieldsDecode() {
        transport.respond(200, """
                {"success":true,"errors":[],"messages":[],"result":{"id":"origin_public_cloud_region","editable":false,
                 "modified_on":"2026-03-01T12:00:00.123+02:00","future_field":{"x":[1,2]},
                 "value":[{"origin-ip":"2001:DB8::1","vendor":"ibm","region":"eu-de","modified_on":null,"extra":1}]}}""");
        ZoneSetting<List<Mapping>> s = ocr.list(ZONE);
        Mapping m = s.value().get(0);
        assertThat(m.vendor().isKnown()).isFalse();
        assertThat(m.vendor().value()).isEqualTo("ibm");
        assertThat(m.ip().value()).isEqualTo("2001:db8::1");
        assertThat(s.editable()).isFalse();
        assertThat(s.modifiedOn()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
    }

    @ParameterizedTest
    @CsvSource({
        "v1-create-1145.json, 400, 1145, dev.cfregions.core.errors.BadRequestException",
        "v1-create-1146.json, 400, 1146, dev.cfregions.core.errors.BadRequestException",
        "v1-create-1157.json, 400, 1157, dev.cfregions.core.errors.BadRequestException",
        "v1-edit-1157.json, 400, 1157, dev.cfregions.core.errors.BadRequestException",
        "v1-edit-1164.json, 403, 1164, dev.cfregions.core.errors.PermissionDeniedException",
        "v1-get-1142.json, 404, 1142, dev.cfregions.core.errors.NotFoundException",
        "v1-delete-1142.json, 404, 1142, dev.cfregions.core.errors.NotFoundException",
        "v1-delete-1163-fake.json, 404, 1163, dev.cfregions.core.errors.NotFoundException",
        "v1-batch-edit-1164.json, 403, 1164, dev.cfregions.core.errors.PermissionDeniedException",
        "v1-batch-edit-1140.json, 500, 1140, dev.cfregions.core.errors.InternalServerException",
        "v1-batch-edit-1156.json, 500, 1156, dev.cfregions.core.errors.InternalServerException",
        "v1-batch-delete-1141.json, 500, 1141, dev.cfregions.core.errors.InternalServerException",
        "common-400-9106-missing-auth.json, 400, 9106, dev.cfregions.core.errors.BadRequestException",
        "common-403-10000-auth-error.json, 403, 10000, dev.cfregions.core.errors.PermissionDeniedException",
        "common-403-10000-auth-error.json, 401, 10000, dev.cfregions.core.errors.AuthenticationException",
        "common-403-9109-unauthorized.json, 403, 9109, dev.cfregions.core.errors.PermissionDeniedException",
        "common-404-7003-bad-identifier.json, 404, 7003, dev.cfregions.core.errors.NotFoundException",
        "common-429-971-rate-limited.json, 429, 971, dev.cfregions.core.errors.RateLimitException",
    })
    void errorExamplesBecomeTypedExceptions(String example, int status, int code, Class<? extends ApiException> type) {
        transport.respondWithExample(status, example, "cf-ray", "8c2f1a2b3c4d5e6f-IAD");
        ApiException e = catchThrowableOfType(ApiException.class, () -> ocr.list(ZONE));
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.hasCode(code)).isTrue();
        assertThat(e.hasCode(code + 1)).isFalse();
        assertThat(e.cfRay()).contains("8c2f1a2b3c4d5e6f-IAD");
        assertThat(e.errors()).isNotEmpty();
        assertThat(e.getMessage()).contains(String.valueOf(code)).contains("HTTP " + status);
        assertThat(e.bodyExcerpt()).isEmpty();
    }

    @Test
    void errorChainIsKeptAndSearched() {
        transport.respondWithExample(400, "common-400-6003-invalid-headers.json");
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> ocr.list(ZONE));
        assertThat(e.errors()).hasSize(1);
        CloudflareError top = e.errors().get(0);
        assertThat(top.code()).isEqualTo(6003);
        assertThat(top.errorChain()).containsExactly(CloudflareError.of(6111, "Invalid format for Authorization header"));
        assertThat(e.hasCode(6111)).isTrue();
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        transport.respondWithExample(429, "common-429-971-rate-limited.json", "Retry-After", "30");
        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> ocr.list(ZONE));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(e.hasCode(ErrorCodes.RATE_LIMITED)).isTrue();
    }

    @Test
    void htmlErrorPageFromAProxyIsATypedErrorWithAnExcerpt() {
        transport.respond(502, "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>");
        InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> ocr.list(ZONE));
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.errors()).isEmpty();
        assertThat(e.bodyExcerpt()).hasValueSatisfying(x -> assertThat(x).startsWith("<!DOCTYPE html> <html>"));
        assertThat(e.getMessage()).contains("502 Bad Gateway");
    }

    @Test
    void garbageSuccessBodiesAreMalformedResponses() {
        String[] bodies = {"", "<html>ok</html>", "{\"success\":true,\"result\":{\"id\":\"x\",\"value\":[", "[]", "{\"success\":true}",
            "{\"result\":{\"value\":[{\"origin-ip\":\"not-an-ip\",\"vendor\":\"aws\",\"region\":\"r\"}]}}",
            "{\"result\":{\"value\":[]}} trailing", "{\"result\":{\"value\":[{\"vendor\":\"aws\"}]}}",
            "{\"result\":{\"value\":[{\"origin-ip\":\"192.0.2.1\",\"vendor\":7,\"region\":\"r\"}]}}",
            "{\"result\":{\"value\":[{\"origin-ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"r\",\"modified_on\":17}]}}",
            "{\"result\":{\"value\":[{\"origin-ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"r\",\"modified_on\":\"2026-02-30T00:00:00Z\"}]}}",
            "{\"result\":{\"value\":[{\"origin-ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"r\",\"modified_on\":\"2026-03-01T00:00:00.\"}]}}"};
        for (String body : bodies) {
            transport.respond(200, body);
            assertThatThrownBy(() -> ocr.list(ZONE)).as(body).isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("HTTP 200").satisfies(t -> assertThat(t.getClass().getName()).doesNotContain("jackson"))
                    .hasNoCause();
        }
    }

    @Test
    void a200SayingSuccessFalseWithErrorsAndNoResultIsAnApiExceptionWithItsCodes() {
        String[] bodies = {
            "{\"success\":false,\"errors\":[{\"code\":1164,\"message\":\"limit reached\"}],\"messages\":[],\"result\":null}",
            "{\"success\":false,\"errors\":[{\"code\":1164,\"message\":\"limit reached\"}]}",
            "{\"result\":{\"id\":\"x\"},\"success\":false,\"errors\":[{\"code\":1164,\"message\":\"limit reached\"}]}"};
        for (String body : bodies) {
            transport.respond(200, body, "cf-ray", "8d1c2a3b4c5d6e7f-IAD");
            ApiException e = catchThrowableOfType(ApiException.class, () -> ocr.list(ZONE));
            assertThat(e).as(body).isExactlyInstanceOf(ApiException.class);
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.hasCode(ErrorCodes.LIMIT_REACHED)).isTrue();
            assertThat(e.errors()).containsExactly(CloudflareError.of(1164, "limit reached"));
            assertThat(e.cfRay()).contains("8d1c2a3b4c5d6e7f-IAD");
            assertThat(e.getMessage()).contains("HTTP 200").contains("1164");
        }
    }

    @Test
    void theV2FamilyGivesTheSameApiExceptionForA200SayingSuccessFalse() {
        transport.respond(200, "{\"success\":false,\"errors\":[{\"code\":1142,\"message\":\"not found\"}],\"result\":null}");
        ApiException e = catchThrowableOfType(ApiException.class, () -> CloudflareClient.builder().apiToken("t").transport(transport)
                .retryPolicy(RetryPolicy.none()).build().origin().cloudRegions()
                .get(dev.cfregions.core.origin.GetParams.of(ZONE, "192.0.2.1")));
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.hasCode(ErrorCodes.NOT_FOUND)).isTrue();
    }

    @Test
    void a200WithAUsableResultSucceedsWhateverSuccessSays() {
        // as in the official SDKs: the status and a result decide, not the flag
        transport.respond(200, "{\"success\":false,\"errors\":[{\"code\":1,\"message\":\"x\"}],\"result\":"
                + "{\"id\":\"origin_public_cloud_region\",\"editable\":true,\"value\":[],\"modified_on\":null}}");
        assertThat(ocr.list(ZONE).value()).isEmpty();
    }

    @Test
    void a200SayingSuccessFalseWithoutErrorsIsStillMalformed() {
        for (String body : new String[] {"{\"success\":false,\"errors\":[],\"result\":null}", "{\"success\":false}",
            "{\"success\":\"false\",\"errors\":[{\"code\":1,\"message\":\"x\"}]}"}) {
            transport.respond(200, body);
            assertThatThrownBy(() -> ocr.list(ZONE)).as(body).isInstanceOf(MalformedResponseException.class);
        }
    }

    @Test
    void notFoundIsANotFoundException() {
        transport.respondWithExample(404, "v1-get-1142.json");
        assertThatThrownBy(() -> ocr.get(GetParams.of(ZONE, "192.0.2.9"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void limitReachedIsPermissionDenied() {
        transport.respondWithExample(403, "v1-edit-1164.json");
        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> ocr.edit(EditParams.builder().zoneId(ZONE).ip("192.0.2.9").vendor(Vendor.AWS).region("us-east-1").build()));
        assertThat(e.hasCode(ErrorCodes.LIMIT_REACHED)).isTrue();
    }
}
