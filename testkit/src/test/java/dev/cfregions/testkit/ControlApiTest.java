package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code /__fake} control API over HTTP, as a test in another language would drive it. */
@Timeout(30)
class ControlApiTest {
    private static FakeCloudflare fake;

    @BeforeAll
    static void start() {
        fake = FakeCloudflare.builder().build().start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @Test
    void registersTokensSeedsInspectsAndResets() throws Exception {
        try (Face.Wire w = Face.LOOPBACK.wire(fake)) {
            assertThat(w.get("/__fake/health").json()).containsEntry("ok", true);
            assertThat(w.bearer("ext-token").get(V1).status()).as("not registered yet").isEqualTo(403);

            assertThat(w.send("POST", "/__fake/tokens", "{\"token\":\"ext-token\",\"zones\":[\"" + ZONE + "\"]}").status())
                    .isEqualTo(200);
            assertThat(w.send("POST", "/__fake/zones/" + ZONE + "/mappings",
                    "[{\"ip\":\"2001:DB8::1\",\"vendor\":\"gcp\",\"region\":\"us-central1\",\"modified_on\":\"2026-01-02T03:04:05Z\"}]")
                    .json()).containsEntry("seeded", java.math.BigDecimal.ONE);

            Face.Resp list = w.get(V1);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.result()).containsEntry("modified_on", "2026-01-02T03:04:05Z");
            assertThat(w.get("/zones/" + FakeTestSupport.OTHER_ZONE + "/cache/origin_cloud_regions").status())
                    .as("the token is limited to its zone").isEqualTo(403);

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> mappings = (List<Map<String, Object>>) w.get("/__fake/zones/" + ZONE + "/mappings")
                    .json().get("mappings");
            assertThat(mappings).hasSize(1);
            assertThat(mappings.get(0)).containsEntry("ip", "2001:db8::1").containsEntry("vendor", "gcp");

            assertThat(w.send("POST", "/__fake/reset", "{}").status()).isEqualTo(200);
            assertThat(fake.mappings(ZONE)).isEmpty();
            assertThat(w.get(V1).status()).as("a token registered over HTTP survives a reset").isEqualTo(200);
            assertThat(w.send("DELETE", "/__fake/tokens", "{\"token\":\"ext-token\"}").json()).containsEntry("removed", true);
            assertThat(w.get(V1).status()).as("removed").isEqualTo(403);
            assertThat(w.send("DELETE", "/__fake/tokens", "{\"token\":\"ext-token\"}").json()).containsEntry("removed", false);
        }
    }

    @Test
    void showsPendingFaultsClearsOneZoneAndFiltersTheJournal() throws Exception {
        fake.registerToken("t");
        fake.seed(ZONE, FakeTestSupport.mapping("192.0.2.1", "aws", "us-east-1"));
        fake.seed(FakeTestSupport.OTHER_ZONE, FakeTestSupport.mapping("192.0.2.2", "aws", "us-east-1"));
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer("t")) {
            assertThat(w.get("/__fake/faults").json()).containsEntry("pending", java.math.BigDecimal.ZERO);
            w.send("POST", "/__fake/faults", "{\"method\":\"POST\",\"times\":2,\"fault\":{\"type\":\"status\",\"status\":503}}");
            assertThat(w.get("/__fake/faults").json()).containsEntry("pending", java.math.BigDecimal.valueOf(2));

            assertThat(w.send("DELETE", "/__fake/zones/" + ZONE + "/mappings", "").status()).isEqualTo(200);
            assertThat(fake.mappings(ZONE)).isEmpty();
            assertThat(fake.mappings(FakeTestSupport.OTHER_ZONE)).as("other zones untouched").hasSize(1);

            w.get(V1);
            w.get(FakeTestSupport.V2);
            w.get(FakeTestSupport.V2 + "/192.0.2.9");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> v2 = (List<Map<String, Object>>) w.get(
                    "/__fake/journal?method=GET&path=" + java.net.URLEncoder.encode("/zones/*/origin/**", "UTF-8")).json().get("requests");
            assertThat(v2).extracting(r -> r.get("path")).containsExactly(
                    "/client/v4" + FakeTestSupport.V2, "/client/v4" + FakeTestSupport.V2 + "/192.0.2.9");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> posts = (List<Map<String, Object>>) w.get("/__fake/journal?method=POST").json().get("requests");
            assertThat(posts).isEmpty();
            Face.Resp bad = w.get("/__fake/journal?verb=GET");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("verb");
        }
    }

    @Test
    void setsTheClockInjectsFaultsAndShowsTheJournal() throws Exception {
        fake.registerToken("t");
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer("t")) {
            assertThat(w.send("POST", "/__fake/clock", "{\"now\":\"2030-05-06T07:08:09Z\"}").json())
                    .containsEntry("now", "2030-05-06T07:08:09Z");
            assertThat(w.send("POST", "/__fake/clock", "{\"advance_seconds\":61}").json()).containsEntry("now", "2030-05-06T07:09:10Z");
            Face.Resp created = w.send("POST", V1, "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
            assertThat(created.result()).containsEntry("modified_on", "2030-05-06T07:09:10Z");

            assertThat(w.send("POST", "/__fake/faults", "{\"method\":\"GET\",\"path\":\"/zones/*/cache/origin_cloud_regions\","
                    + "\"times\":1,\"fault\":{\"type\":\"rate_limited\",\"retry_after_seconds\":7}}").json())
                    .containsEntry("pending", java.math.BigDecimal.ONE);
            Face.Resp limited = w.get(V1);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).contains("7");

            assertThat(w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"status\",\"status\":500,\"code\":1141,"
                    + "\"message\":\"Unable to delete origin_public_cloud_region setting. Internal error.\"}}").status()).isEqualTo(200);
            Face.Resp internal = w.send("DELETE", V1 + "/batch", "[\"192.0.2.1\"]");
            assertThat(internal.status()).isEqualTo(500);
            assertThat(internal.errorCode(0)).isEqualTo(1141);

            w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"html_error_page\",\"status\":503}}");
            assertThat(w.send("DELETE", "/__fake/faults", null).status()).isEqualTo(200);
            assertThat(w.get(V1).status()).as("cleared faults do not fire").isEqualTo(200);

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> journal = (List<Map<String, Object>>) w.get("/__fake/journal").json().get("requests");
            assertThat(journal).extracting(r -> r.get("method")).containsExactly("POST", "GET", "DELETE", "GET");
            assertThat(journal.get(0).get("body").toString()).contains("192.0.2.1");
            assertThat(journal.get(0).get("headers").toString()).contains("Bearer [redacted]").doesNotContain("Bearer t]");
            assertThat(w.send("DELETE", "/__fake/journal", null).status()).isEqualTo(200);
            assertThat(fake.journal().all()).isEmpty();
        }
    }

    @Test
    void switchesTheRateLimiterOnAndOff() throws Exception {
        // a still clock: on the system's, a loaded machine can let a second pass between the
        // window's first request and the refused one, and Retry-After is then 59
        fake.setClock(java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        fake.registerToken("t");
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer("t")) {
            assertThat(w.send("PUT", "/__fake/rate_limit", "{\"requests\":2,\"window_seconds\":60}").status()).isEqualTo(200);
            assertThat(w.get(V1).status()).isEqualTo(200);
            assertThat(w.get(V1).status()).isEqualTo(200);
            Face.Resp limited = w.get(V1);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.errorCode(0)).isEqualTo(971);
            assertThat(limited.headers().firstValue("Retry-After")).contains("60");
            fake.advanceClock(java.time.Duration.ofSeconds(60));
            assertThat(w.get(V1).status()).as("a new window").isEqualTo(200);

            assertThat(w.send("DELETE", "/__fake/rate_limit", null).status()).isEqualTo(200);
            for (int i = 0; i < 5; i++) {
                assertThat(w.get(V1).status()).isEqualTo(200);
            }
            assertThat(w.send("PUT", "/__fake/rate_limit", "{\"requests\":0,\"window_seconds\":60}").status()).isEqualTo(400);
        }
    }

    @Test
    void tieredCacheCatalogAndApiKeysCanBeSetOverHttp() throws Exception {
        try (Face.Wire w = Face.LOOPBACK.wire(fake)) {
            w.send("POST", "/__fake/api_keys", "{\"email\":\"ops@example.com\",\"key\":\"abc123\"}");
            Map<String, String> key = new java.util.HashMap<>(Map.of("X-Auth-Email", "ops@example.com", "X-Auth-Key", "abc123"));
            w.send("PUT", "/__fake/supported_regions", "{\"obtained_codes\":false,\"vendors\":{\"aws\":[{\"name\":\"us-east-1\",\"upper_tier_colos\":[]}]}}");
            Face.Resp regions = w.send("GET", V1 + "/supported_regions", null, key);
            assertThat(regions.status()).isEqualTo(200);
            assertThat(regions.result()).containsEntry("obtained_codes", false);
            w.send("PUT", "/__fake/zones/" + ZONE + "/tiered_cache", "{\"enabled\":false}");
            assertThat(w.send("GET", V1 + "/supported_regions", null, key).errorCode(0)).isEqualTo(1148);
        }
    }

    @Test
    void badControlRequestsSayWhatIsWrong() throws Exception {
        try (Face.Wire w = Face.LOOPBACK.wire(fake)) {
            Face.Resp unknownRoute = w.get("/__fake/nope");
            assertThat(unknownRoute.status()).isEqualTo(404);
            assertThat(unknownRoute.json().get("error").toString()).contains("/__fake/nope");
            Face.Resp badFault = w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"explode\"}}");
            assertThat(badFault.status()).isEqualTo(400);
            assertThat(badFault.json().get("error").toString()).contains("explode").contains("drop_connection");
            Face.Resp badZone = w.send("POST", "/__fake/zones/xyz/mappings", "[]");
            assertThat(badZone.status()).isEqualTo(400);
            assertThat(badZone.json().get("error").toString()).contains("xyz");
            Face.Resp badIp = w.send("POST", "/__fake/zones/" + ZONE + "/mappings", "[{\"ip\":\"1.2.3\",\"vendor\":\"aws\",\"region\":\"x\"}]");
            assertThat(badIp.status()).isEqualTo(400);
            assertThat(badIp.json().get("error").toString()).contains("1.2.3");
            assertThat(fake.journal().all()).as("control requests are not journaled").isEmpty();
        }
    }
}
