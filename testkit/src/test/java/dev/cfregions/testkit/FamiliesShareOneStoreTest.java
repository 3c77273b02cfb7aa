package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/** v1 and v2 are two views of one store: what one family writes, the other reads, in the same order. */
@Timeout(30)
class FamiliesShareOneStoreTest extends SharedFakeTest {

    @SuppressWarnings("unchecked")
    private static List<String> v2Ips(Face.Resp r) {
        return ((List<Map<String, Object>>) r.json().get("result")).stream().map(m -> (String) m.get("origin_ip")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> v1Value(Face.Resp r) {
        return (List<Map<String, Object>>) r.result().get("value");
    }

    @BothFaces
    void aZoneFilledThroughV1ReadsTheSameThroughV2AndBack(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.send("POST", V1, "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}").status()).isEqualTo(200);
            fake.advanceClock(Duration.ofSeconds(1));
            assertThat(w.send("PATCH", V1 + "/batch", "[{\"ip\":\"2001:DB8::1\",\"vendor\":\"gcp\",\"region\":\"us-central1\"},"
                    + "{\"ip\":\"198.51.100.1\",\"vendor\":\"oci\",\"region\":\"us-ashburn-1\"}]").status()).isEqualTo(200);

            Face.Resp v2List = w.get(V2);
            assertThat(v2Ips(v2List)).containsExactly("192.0.2.1", "2001:db8::1", "198.51.100.1");
            Face.Resp v2Get = w.get(V2 + "/2001:db8::1");
            assertThat(v2Get.result()).containsEntry("vendor", "gcp").containsEntry("modified_on", "2026-03-01T12:00:01Z");
            @SuppressWarnings("unchecked")
            Map<String, Object> v1Entry = (Map<String, Object>) w.get(V1 + "/2001:db8::1").result().get("value");
            assertThat(v2Get.result().get("modified_on")).isEqualTo(v1Entry.get("modified_on"));

            fake.advanceClock(Duration.ofSeconds(1));
            assertThat(w.send("PUT", V2 + "/192.0.2.1", "{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"azure\",\"region\":\"westeurope\"}")
                    .status()).isEqualTo(200);
            assertThat(w.send("PUT", V2 + "/batch", "[{\"origin_ip\":\"203.0.113.5\",\"vendor\":\"aws\",\"region\":\"us-west-2\"}]")
                    .status()).isEqualTo(200);
            Face.Resp v1List = w.get(V1);
            assertThat(v1Value(v1List)).extracting(m -> m.get("origin-ip") + "/" + m.get("vendor"))
                    .containsExactly("192.0.2.1/azure", "2001:db8::1/gcp", "198.51.100.1/oci", "203.0.113.5/aws");
            assertThat(v1List.result().get("modified_on")).isEqualTo("2026-03-01T12:00:02Z");

            assertThat(w.send("DELETE", V2 + "/2001:db8::1", null).status()).isEqualTo(200);
            assertThat(w.get(V1 + "/2001:db8::1").errorCode(0)).isEqualTo(1142);
            Face.Resp v1Batch = w.send("DELETE", V1 + "/batch", "[\"192.0.2.1\",\"198.51.100.1\"]");
            assertThat(v1Batch.status()).isEqualTo(200);
            assertThat(v2Ips(w.get(V2))).containsExactly("203.0.113.5");
            Face.Resp v2Batch = w.send("DELETE", V2 + "/batch", "[\"203.0.113.5\"]");
            assertThat(v2Batch.status()).isEqualTo(200);
            assertThat(w.get(V1).result().get("modified_on")).as("emptied through v2, the v1 record is gone").isSameAs(Json.NULL);
        }
    }

    @BothFaces
    void theLimitIsOneCountForBothFamilies(Face face) throws Exception {
        java.util.List<dev.cfregions.core.model.Mapping> almost = new java.util.ArrayList<>();
        for (int i = 0; i < ZoneState.LIMIT - 1; i++) {
            almost.add(FakeTestSupport.mapping(FakeTestSupport.ip(i), "aws", "us-east-1"));
        }
        fake.seed(ZONE, almost);
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.send("PUT", V2 + "/192.0.2.1", "{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}")
                    .status()).isEqualTo(200);
            Face.Resp v1 = w.send("POST", V1, "{\"ip\":\"192.0.2.2\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
            assertThat(v1.status()).isEqualTo(403);
            assertThat(v1.errorCode(0)).isEqualTo(1164);
            assertThat(w.send("DELETE", V1 + "/192.0.2.1", null).status()).isEqualTo(200);
            assertThat(w.send("PUT", V2 + "/batch", "[{\"origin_ip\":\"192.0.2.2\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}]")
                    .status()).isEqualTo(200);
            assertThat(fake.mappings(ZONE)).hasSize(ZoneState.LIMIT);
        }
    }
}
