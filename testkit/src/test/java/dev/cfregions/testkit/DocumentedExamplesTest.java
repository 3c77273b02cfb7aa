package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.example;
import static dev.cfregions.testkit.FakeTestSupport.exampleJson;
import static dev.cfregions.testkit.FakeTestSupport.ip;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: for each documented (or reference-illustrative) example, the fake answers the
 * example's request with exactly the example's status and JSON, over both faces.
 */
@Timeout(30)
class DocumentedExamplesTest {
    private static FakeCloudflare fake;

    @BeforeAll
    static void start() {
        fake = FakeTestSupport.newFake().start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    record Scenario(String name, Consumer<FakeCloudflare> setup, String method, String path, String body,
                    Map<String, String> headers, int status, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        Consumer<FakeCloudflare> none = f -> { };
        Consumer<FakeCloudflare> one = f -> f.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
        Consumer<FakeCloudflare> two = f -> f.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"),
                mapping("2001:db8::1", "gcp", "us-central1"));
        Consumer<FakeCloudflare> full = f -> {
            List<Mapping> m = new ArrayList<>();
            for (int i = 0; i < ZoneState.LIMIT; i++) {
                m.add(mapping(ip(i), "aws", "us-east-1"));
            }
            f.seed(ZONE, m);
        };
        Consumer<FakeCloudflare> documentedPair = f -> f.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1", "2026-03-01T12:00:00Z"),
                mapping("2001:db8::1", "gcp", "us-central1", "2026-03-01T12:30:00Z"));
        Consumer<FakeCloudflare> five = f -> f.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1", "2026-03-01T12:00:00Z"),
                mapping("192.0.2.2", "aws", "us-west-2", "2026-03-01T12:01:00Z"),
                mapping("192.0.2.3", "gcp", "us-central1", "2026-03-01T12:02:00Z"),
                mapping("2001:db8::3", "gcp", "us-central1", "2026-03-01T12:03:00Z"),
                mapping("2001:db8::a:1", "aws", "us-east-1", "2026-03-01T12:04:00Z"));
        Consumer<FakeCloudflare> documentedCatalog = f -> f.setSupportedRegions(
                SupportedRegionsJson.parse(example("v1-supported-regions-200.json").getBytes(StandardCharsets.UTF_8)));
        Consumer<FakeCloudflare> readOnly = f -> f.registerToken("reader", TokenScope.allZones().asReadOnly());
        String badIp = "{\"ip\":\"not-an-ip\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";
        String badRegion = "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"mars-north-1\"}";
        Map<String, String> noHeaders = Map.of();
        List<Scenario> list = List.of(
                new Scenario("list empty", none, "GET", V1, null, noHeaders, 200, "v1-list-200-empty.json"),
                new Scenario("list", two, "GET", V1, null, noHeaders, 200, "v1-list-200.json"),
                new Scenario("create", none, "POST", V1, example("v1-create-request.json"), noHeaders, 200, "v1-create-200.json"),
                new Scenario("create exists", one, "POST", V1, example("v1-create-request.json"), noHeaders, 400, "v1-create-1145.json"),
                new Scenario("create bad ip", none, "POST", V1, badIp, noHeaders, 400, "v1-create-1146.json"),
                new Scenario("create bad region", none, "POST", V1, badRegion, noHeaders, 400, "v1-create-1157.json"),
                new Scenario("edit", one, "PATCH", V1, example("v1-edit-request.json"), noHeaders, 200, "v1-edit-200.json"),
                new Scenario("edit bad region", none, "PATCH", V1, badRegion, noHeaders, 400, "v1-edit-1157.json"),
                new Scenario("edit at limit", full, "PATCH", V1, example("v1-edit-request.json"), noHeaders, 403, "v1-edit-1164.json"),
                new Scenario("get", one, "GET", V1 + "/192.0.2.1", null, noHeaders, 200, "v1-get-200.json"),
                new Scenario("get unknown", none, "GET", V1 + "/192.0.2.1", null, noHeaders, 404, "v1-get-1142.json"),
                new Scenario("delete", one, "DELETE", V1 + "/192.0.2.1", null, noHeaders, 200, "v1-delete-200.json"),
                new Scenario("delete unknown", none, "DELETE", V1 + "/192.0.2.1", null, noHeaders, 404, "v1-delete-1163-fake.json"),
                new Scenario("batch edit", none, "PATCH", V1 + "/batch", example("v1-batch-edit-request.json"), noHeaders, 200,
                        "v1-batch-edit-200.json"),
                new Scenario("batch edit mixed", none, "PATCH", V1 + "/batch", example("v1-batch-edit-request-mixed.json"), noHeaders,
                        200, "v1-batch-edit-200-partial-fake.json"),
                new Scenario("batch edit none applied", none, "PATCH", V1 + "/batch", "[" + badIp + "]", noHeaders, 200,
                        "v1-batch-edit-200-none-applied-fake.json"),
                new Scenario("batch edit at limit", full, "PATCH", V1 + "/batch", example("v1-batch-edit-request.json"), noHeaders,
                        403, "v1-batch-edit-1164.json"),
                new Scenario("batch delete", two, "DELETE", V1 + "/batch", example("v1-batch-delete-request.json"), noHeaders, 200,
                        "v1-batch-delete-200.json"),
                new Scenario("supported regions", documentedCatalog, "GET", V1 + "/supported_regions", null, noHeaders, 200,
                        "v1-supported-regions-200.json"),
                new Scenario("no credentials", none, "GET", V1, null, nullAuth(), 400, "common-400-9106-missing-auth.json"),
                new Scenario("malformed authorization", none, "GET", V1, null, Map.of("Authorization", "Token abc"), 400,
                        "common-400-6003-invalid-headers.json"),
                new Scenario("unknown token", none, "GET", V1, null, Map.of("Authorization", "Bearer nope"), 403,
                        "common-403-10000-auth-error.json"),
                new Scenario("read-only token writes", readOnly, "POST", V1, example("v1-create-request.json"),
                        Map.of("Authorization", "Bearer reader"), 403, "common-403-9109-unauthorized.json"),
                new Scenario("v2 list empty", none, "GET", V2, null, noHeaders, 200, "v2-list-empty.json"),
                new Scenario("v2 list", documentedPair, "GET", V2, null, noHeaders, 200, "v2-list-page1.json"),
                new Scenario("v2 list per_page=2", five, "GET", V2 + "?per_page=2", null, noHeaders, 200,
                        "v2-list-perpage2-page1-fake.json"),
                new Scenario("v2 list last page", five, "GET", V2 + "?page=3&per_page=2", null, noHeaders, 200,
                        "v2-list-perpage2-page3-fake.json"),
                new Scenario("v2 list past the end", five, "GET", V2 + "?page=4&per_page=2", null, noHeaders, 200,
                        "v2-list-perpage2-page4-past-end-fake.json"),
                new Scenario("v2 list per_page=101", five, "GET", V2 + "?per_page=101", null, noHeaders, 400, "v2-list-1146.json"),
                new Scenario("v2 get", one, "GET", V2 + "/192.0.2.1", null, noHeaders, 200, "v2-get-200.json"),
                new Scenario("v2 get unknown", none, "GET", V2 + "/192.0.2.1", null, noHeaders, 404, "v2-get-1142.json"),
                new Scenario("v2 put", none, "PUT", V2 + "/192.0.2.1", example("v2-put-request.json"), noHeaders, 200, "v2-put-200.json"),
                new Scenario("v2 put mismatch", none, "PUT", V2 + "/192.0.2.2", example("v2-put-request.json"), noHeaders, 400,
                        "v2-put-1146.json"),
                new Scenario("v2 put bad region", none, "PUT", V2 + "/192.0.2.1",
                        "{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"mars-north-1\"}", noHeaders, 400,
                        "v2-put-1157.json"),
                new Scenario("v2 put at limit", full, "PUT", V2 + "/192.0.2.1", example("v2-put-request.json"), noHeaders, 403,
                        "v2-put-1164.json"),
                new Scenario("v2 delete", one, "DELETE", V2 + "/192.0.2.1", null, noHeaders, 200, "v2-delete-200.json"),
                new Scenario("v2 delete unknown", none, "DELETE", V2 + "/192.0.2.1", null, noHeaders, 404, "v2-delete-1142.json"),
                new Scenario("v2 batch put", none, "PUT", V2 + "/batch", example("v2-batch-put-request.json"), noHeaders, 200,
                        "v2-batch-put-200.json"),
                new Scenario("v2 batch put mixed", none, "PUT", V2 + "/batch", "[{\"origin_ip\":\"not-an-ip\",\"vendor\":\"aws\","
                        + "\"region\":\"us-east-1\"},{\"origin_ip\":\"192.0.2.7\",\"vendor\":\"aws\",\"region\":\"us-west-2\"},"
                        + "{\"origin_ip\":\"2001:DB8::7\",\"vendor\":\"aws\",\"region\":\"us-central1\"}]", noHeaders, 200,
                        "v2-batch-put-200-partial-fake.json"),
                new Scenario("v2 batch put at limit", full, "PUT", V2 + "/batch", example("v2-batch-put-request.json"), noHeaders,
                        403, "v2-batch-put-1164.json"),
                new Scenario("v2 batch delete", two, "DELETE", V2 + "/batch", example("v2-batch-delete-request.json"), noHeaders, 200,
                        "v2-batch-delete-200.json"),
                new Scenario("v2 batch delete mixed", one, "DELETE", V2 + "/batch", "[\"192.0.2.1\",\"203.0.113.9\",\"not-an-ip\"]",
                        noHeaders, 200, "v2-batch-delete-200-partial-fake.json"),
                new Scenario("v2 supported regions", documentedCatalog, "GET", V2 + "/supported_regions", null, noHeaders, 200,
                        "v2-supported-regions-200.json"),
                new Scenario("v2 no credentials", none, "GET", V2, null, nullAuth(), 400, "common-400-9106-missing-auth.json"),
                new Scenario("v2 read-only token writes", readOnly, "PUT", V2 + "/192.0.2.1", example("v2-put-request.json"),
                        Map.of("Authorization", "Bearer reader"), 403, "common-403-9109-unauthorized.json"),
                new Scenario("v2 bad zone id", none, "GET", "/zones/not-a-zone/origin/cloud_regions", null,
                        noHeaders, 404, "common-404-7003-bad-identifier.json"));
        List<Arguments> args = new ArrayList<>();
        for (Face face : Face.values()) {
            for (Scenario s : list) {
                args.add(Arguments.of(face, s));
            }
        }
        return args.stream();
    }

    private static Map<String, String> nullAuth() {
        Map<String, String> m = new HashMap<>();
        m.put("Authorization", null);
        return m;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenarios")
    void answersLikeTheExample(Face face, Scenario s) throws Exception {
        fake.reset();
        s.setup().accept(fake);
        try (Face.Wire wire = face.wire(fake).bearer(TOKEN)) {
            Face.Resp r = wire.send(s.method(), s.path(), s.body(), s.headers());
            assertThat(r.status()).as(r.body()).isEqualTo(s.status());
            assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(Json.parse(r.body().getBytes(StandardCharsets.UTF_8))).isEqualTo(exampleJson(s.expected()));
        }
    }
}
