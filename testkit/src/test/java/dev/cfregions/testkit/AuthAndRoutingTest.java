package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.OTHER_ZONE;
import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** §11 authentication and routing errors, over both faces. */
@Timeout(30)
class AuthAndRoutingTest extends SharedFakeTest {
    private static final String CREATE = "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> m = new HashMap<>();
        m.put("Authorization", null);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @BothFaces
    void everyCredentialFailureHasCloudflaresStatusAndCodeAndChangesNothing(Face face) throws Exception {
        fake.registerApiKey("user@example.com", "0123456789abcdef");
        record Case(Map<String, String> headers, int status, int code, Integer chained) {}
        List<Case> cases = List.of(
                new Case(headers(), 400, 9106, null),
                new Case(headers("X-Auth-Email", "user@example.com"), 400, 9106, null),
                new Case(headers("Authorization", "Token " + TOKEN), 400, 6003, 6111),
                new Case(headers("Authorization", "Bearer "), 400, 6003, 6111),
                new Case(headers("Authorization", "bearer " + TOKEN), 400, 6003, 6111),
                new Case(headers("X-Auth-Email", "user@example.com", "X-Auth-Key", "has space"), 400, 6003, 6103),
                new Case(headers("X-Auth-Email", "not-an-email", "X-Auth-Key", "0123456789abcdef"), 400, 6003, 6102),
                new Case(headers("Authorization", "Bearer wrong"), 403, 10000, null),
                new Case(headers("X-Auth-Email", "user@example.com", "X-Auth-Key", "fedcba9876543210"), 403, 10000, null),
                new Case(headers("X-Auth-Email", "other@example.com", "X-Auth-Key", "0123456789abcdef"), 403, 10000, null));
        try (Face.Wire w = face.wire(fake)) {
            for (Case c : cases) {
                Face.Resp r = w.send("POST", V1, CREATE, c.headers());
                assertThat(r.status()).as(c.toString()).isEqualTo(c.status());
                assertThat(r.errorCode(0)).as(c.toString()).isEqualTo(c.code());
                if (c.chained() != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> first = (Map<String, Object>) ((List<Object>) r.json().get("errors")).get(0);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> chain = (Map<String, Object>) ((List<Object>) first.get("error_chain")).get(0);
                    assertThat(((Number) chain.get("code")).intValue()).isEqualTo(c.chained());
                }
                assertThat(r.body()).doesNotContain("0123456789abcdef").doesNotContain(TOKEN);
            }
            assertThat(fake.mappings(ZONE)).isEmpty();

            Face.Resp withKey = w.send("POST", V1, CREATE,
                    headers("X-Auth-Email", "user@example.com", "X-Auth-Key", "0123456789abcdef"));
            assertThat(withKey.status()).isEqualTo(200);
            assertThat(withKey.result()).containsEntry("editable", true);
        }
    }

    @BothFaces
    void aZoneScopedTokenGets10000ElsewhereAndAReadOnlyTokenCannotWrite(Face face) throws Exception {
        fake.registerToken("zoned", TokenScope.zones(ZONE));
        fake.registerToken("reader", TokenScope.allZones().asReadOnly());
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
        try (Face.Wire w = face.wire(fake)) {
            String other = "/zones/" + OTHER_ZONE + "/cache/origin_cloud_regions";
            assertThat(w.bearer("zoned").get(V1).status()).isEqualTo(200);
            Face.Resp denied = w.bearer("zoned").send("POST", other, CREATE);
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.errorCode(0)).isEqualTo(10000);
            assertThat(w.bearer("zoned").get(other).status()).isEqualTo(403);

            Face.Resp read = w.bearer("reader").get(V1);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.result()).containsEntry("editable", false);
            for (String[] write : new String[][] {{"POST", V1, CREATE}, {"PATCH", V1, CREATE},
                    {"DELETE", V1 + "/192.0.2.1", null}, {"PATCH", V1 + "/batch", "[]"}, {"DELETE", V1 + "/batch", "[\"192.0.2.1\"]"}}) {
                Face.Resp r = w.bearer("reader").send(write[0], write[1], write[2]);
                assertThat(r.status()).as(write[0] + " " + write[1]).isEqualTo(403);
                assertThat(r.errorCode(0)).isEqualTo(9109);
            }
            assertThat(fake.mappings(ZONE)).hasSize(1);
            assertThat(fake.mappings(OTHER_ZONE)).isEmpty();
        }
    }

    @BothFaces
    void aMalformedZoneIdIs404With7003And7000(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            for (String zone : List.of("not-a-zone", "023E105F4ECEF8AD9CA31A8372D0C353", "023e105f4ecef8ad9ca31a8372d0c3531", "")) {
                Face.Resp r = w.get("/zones/" + zone + "/cache/origin_cloud_regions");
                assertThat(r.status()).as(zone).isEqualTo(404);
                assertThat(r.errorCode(0)).isEqualTo(7003);
                assertThat(r.errorMessage(0)).isEqualTo("Could not route to /zones/" + zone
                        + "/cache/origin_cloud_regions, perhaps your object identifier is invalid?");
                assertThat(r.errorCode(1)).isEqualTo(7000);
            }
        }
    }

    @BothFaces
    void unknownPathsAnswer404AndNameTheClosestRoute(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp typo = w.send("PATCH", "/zones/" + ZONE + "/cache/origin_cloud_region/batch", "[]");
            assertThat(typo.status()).isEqualTo(404);
            assertThat(typo.errorCode(0)).isEqualTo(7000);
            assertThat(typo.headers().firstValue(FakeEngine.NEAR_MISS_HEADER))
                    .contains("Closest route: PATCH /client/v4/zones/{zone_id}/cache/origin_cloud_regions/batch");
            assertThat(typo.body()).contains("Closest route: PATCH");

            Face.Resp supported = w.get("/zones/" + ZONE + "/cache/origin_cloud_regions/supported_region/x");
            assertThat(supported.status()).isEqualTo(404);

            Face.Resp noPrefix = w.send("GET", "/__fakeX", null);
            assertThat(noPrefix.status()).isEqualTo(404);
            assertThat(noPrefix.headers().firstValue(FakeEngine.NEAR_MISS_HEADER).orElseThrow()).contains("/client/v4");
            assertThat(fake.journal().count("*", "**")).as("unknown paths are journaled too").isEqualTo(3);
        }
    }

    @BothFaces
    void aKnownPathWithAnotherMethodIs405WithAllow(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp put = w.send("PUT", V1, CREATE);
            assertThat(put.status()).isEqualTo(405);
            assertThat(put.errorCode(0)).isEqualTo(7000);
            assertThat(put.headers().firstValue("Allow")).contains("GET, POST, PATCH");

            Face.Resp getBatch = w.get(V1 + "/batch");
            assertThat(getBatch.status()).as("literal batch wins over {origin_ip}").isEqualTo(405);
            assertThat(getBatch.headers().firstValue("Allow")).contains("PATCH, DELETE");

            Face.Resp postRegions = w.send("POST", V1 + "/supported_regions", "{}");
            assertThat(postRegions.status()).isEqualTo(405);
            assertThat(postRegions.headers().firstValue("Allow")).contains("GET");
            assertThat(fake.mappings(ZONE)).isEmpty();
        }
    }

    @BothFaces
    void theRateLimiterAnswers429With971AndRetryAfterUntilTheWindowPasses(Face face) throws Exception {
        try (FakeCloudflare limited = FakeCloudflare.builder().token(TOKEN, TokenScope.allZones())
                .clock(java.time.Clock.fixed(FakeTestSupport.T0, java.time.ZoneOffset.UTC))
                .rateLimit(2, Duration.ofMinutes(5)).build();
             Face.Wire w = face.wire(limited).bearer(TOKEN)) {
            assertThat(w.get(V1).status()).isEqualTo(200);
            assertThat(w.get(V1).status()).isEqualTo(200);
            limited.advanceClock(Duration.ofSeconds(60));
            Face.Resp third = w.send("POST", V1, CREATE);
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.errorCode(0)).isEqualTo(971);
            assertThat(third.headers().firstValue("Retry-After")).contains("240");
            assertThat(limited.mappings(ZONE)).isEmpty();
            limited.advanceClock(Duration.ofSeconds(240));
            assertThat(w.send("POST", V1, CREATE).status()).isEqualTo(200);
        }
    }

    @Test
    void theRouterDecodesPathSegmentsStrictly() {
        assertThat(Router.decode("%ZZ")).isNull();
        assertThat(Router.decode("%3")).isNull();
        assertThat(Router.decode("%C3%28")).isNull();
        assertThat(Router.decode("2001%3Adb8%3A%3A1")).isEqualTo("2001:db8::1");
        assertThat(Router.split("/a//b/")).containsExactly("a", "", "b", "");
    }
}
