package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The switch that retires v1: 410 or 404 with 7000 on every v1 route, v2 untouched. */
@Timeout(30)
class V1RetirementTest extends SharedFakeTest {
    private static final String EDIT = "{\"ip\":\"192.0.2.9\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";

    /** One request per v1 operation: method, path, body. */
    private static final List<String[]> EVERY_V1_ROUTE = List.of(
            new String[] {"GET", V1, null},
            new String[] {"POST", V1, EDIT},
            new String[] {"PATCH", V1, EDIT},
            new String[] {"GET", V1 + "/192.0.2.1", null},
            new String[] {"DELETE", V1 + "/192.0.2.1", null},
            new String[] {"PATCH", V1 + "/batch", "[" + EDIT + "]"},
            new String[] {"DELETE", V1 + "/batch", "[\"192.0.2.1\"]"},
            new String[] {"GET", V1 + "/supported_regions", null});

    private static void assertRetired(Face.Wire w, int status) throws Exception {
        for (String[] r : EVERY_V1_ROUTE) {
            Face.Resp resp = w.send(r[0], r[1], r[2]);
            assertThat(resp.status()).as(r[0] + " " + r[1]).isEqualTo(status);
            assertThat(resp.errorCode(0)).isEqualTo(7000);
            assertThat(resp.errorMessage(0)).isEqualTo("No route for that URI");
            assertThat(resp.json().get("result")).isSameAs(Json.NULL);
            assertThat(resp.json().get("success")).isEqualTo(false);
        }
    }

    @BothFaces
    void retiredV1AnswersEveryRouteWith7000ChangesNothingAndV2StillServes(Face face) throws Exception {
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            for (int status : new int[] {410, 404}) {
                fake.retireV1(status);
                assertThat(fake.v1RetiredStatus()).isEqualTo(status);
                assertRetired(w, status);
                assertThat(fake.mappings(ZONE)).extracting(m -> m.ip().value()).containsExactly("192.0.2.1");
                assertThat(w.get(V2 + "/192.0.2.1").status()).isEqualTo(200);
            }
            Map<String, String> noAuth = new HashMap<>();
            noAuth.put("Authorization", null);
            assertThat(w.send("GET", V1, null, noAuth).status()).as("a gone route is gone before credentials count").isEqualTo(404);
            assertThat(w.send("GET", V2, null, noAuth).errorCode(0)).isEqualTo(9106);
            assertThat(fake.journal().count("*", "/zones/*/cache/origin_cloud_regions**")).as("journaled").isGreaterThanOrEqualTo(16);

            fake.restoreV1();
            assertThat(fake.v1RetiredStatus()).isZero();
            assertThat(w.get(V1 + "/192.0.2.1").status()).isEqualTo(200);
        }
    }

    @BothFaces
    void theControlApiRetiresAndRestoresV1(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.send("PUT", "/__fake/retire_v1", "{\"status\":410}").status()).isEqualTo(200);
            assertRetired(w, 410);
            Face.Resp bad = w.send("PUT", "/__fake/retire_v1", "{\"status\":500}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("error").toString()).contains("404 or 410");
            assertThat(fake.v1RetiredStatus()).isEqualTo(410);
            assertThat(w.send("DELETE", "/__fake/retire_v1", null).status()).isEqualTo(200);
            assertThat(w.get(V1).status()).isEqualTo(200);
            w.send("PUT", "/__fake/retire_v1", "{\"status\":404}");
            assertThat(w.send("POST", "/__fake/reset", null).status()).isEqualTo(200);
            assertThat(w.get(V1).status()).as("reset serves v1 again, as this fake was built").isEqualTo(200);
        }
    }

    @Test
    void aFakeBuiltRetiredStaysRetiredAcrossResetAndOnlyGoneOrNotFoundAreAccepted() throws Exception {
        try (FakeCloudflare retired = FakeTestSupport.newFakeBuilder().v1Retired(410).build();
             Face.Wire w = Face.IN_PROCESS.wire(retired).bearer(TOKEN)) {
            assertRetired(w, 410);
            retired.restoreV1();
            retired.reset();
            assertRetired(w, 410);
            assertThat(w.get(V2).status()).isEqualTo(200);
        }
        assertThatThrownBy(() -> fake.retireV1(403)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("404 or 410");
        assertThatThrownBy(() -> FakeCloudflare.builder().v1Retired(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
