package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
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
                        Map.of("Authorization", "Bearer reader"), 403, "common-403-9109-unauthorized.json"));
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
