package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code POST /__fake/journal/verify}: the Java verification over HTTP, for tests in other languages. */
@Timeout(30)
class JournalVerifyRouteTest extends SharedFakeTest {
    private static final String UPSERT = "{\"method\":\"PUT\",\"path\":\"/zones/*/origin/cloud_regions/2001:db8::1\","
            + "\"headers\":{\"content-type\":{\"contains\":\"json\"}},"
            + "\"body\":{\"equal_to_json\":{\"region\":\"us-east-1\",\"vendor\":\"aws\"},\"ignore_extra_fields\":true}";

    private static Face.Resp verify(Face.Wire w, String body) throws Exception {
        return w.send("POST", "/__fake/journal/verify", body);
    }

    private static void sendUpserts(Face.Wire w) throws Exception {
        w.send("PUT", V2 + "/2001%3Adb8%3A%3A1", "{\"origin_ip\":\"2001:db8::1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
        w.send("PUT", V2 + "/2001%3Adb8%3A%3A1", "{\"origin_ip\":\"2001:db8::1\",\"vendor\":\"aws\",\"region\":\"us-west-2\"}");
        w.get(V2 + "?page=1&per_page=50");
    }

    @Test
    void answersTheVerdictTheCountAndTheMatchingRequests() throws Exception {
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            sendUpserts(w);
            Map<String, Object> ok = verify(w, UPSERT + ",\"count\":{\"exactly\":1}}").json();
            assertThat(ok).containsEntry("ok", true).containsEntry("verified", true).containsEntry("count", BigDecimal.ONE)
                    .containsEntry("report", "");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> requests = (List<Map<String, Object>>) ok.get("requests");
            assertThat(requests).singleElement().satisfies(r -> {
                assertThat(r).containsEntry("path", "/client/v4" + V2 + "/2001%3Adb8%3A%3A1").containsEntry("status", BigDecimal.valueOf(200));
                assertThat(r.get("body").toString()).contains("us-east-1");
            });

            Map<String, Object> miss = verify(w, UPSERT + ",\"count\":{\"never\":true}}").json();
            assertThat(miss).containsEntry("ok", true).containsEntry("verified", false).containsEntry("count", BigDecimal.ONE);
            assertThat(miss.get("report").toString()).startsWith("Expected no request matching\n    PUT /zones/*/origin/cloud_regions/2001:db8::1");

            Map<String, Object> nearMiss = verify(w, UPSERT.replace("us-east-1", "eu-west-1") + "}").json();
            assertThat(nearMiss).containsEntry("verified", false).containsEntry("count", BigDecimal.ZERO);
            assertThat(nearMiss.get("report").toString()).contains("Expected at least 1 request(s) matching")
                    .contains("Closest requests that did not match:")
                    .contains("body: at /region expected \"eu-west-1\", got \"us-west-2\"");
        }
    }

    @Test
    void everyMatcherAndCountIsAvailable() throws Exception {
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            sendUpserts(w);
            String[] verified = {
                "{\"method\":\"GET\",\"query\":{\"per_page\":{\"equal_to\":\"50\"},\"cursor\":{\"absent\":true}},\"count\":{\"at_least\":1}}",
                "{\"headers\":{\"Authorization\":{\"matches\":\"Bearer .*\"}},\"count\":{\"exactly\":3}}",
                "{\"method\":\"PUT\",\"body_fields\":{\"/region\":{\"matches\":\"us-.*\"}},\"count\":{\"at_most\":2}}",
                "{\"body\":{\"contains\":\"us-west-2\"}}",
                "{\"method\":\"GET\",\"body\":{\"absent\":true}}",
                "{}",
            };
            for (String body : verified) {
                assertThat(verify(w, body).json()).as(body).containsEntry("verified", true);
            }
            assertThat(verify(w, "{\"count\":{\"exactly\":2}}").json()).containsEntry("verified", false)
                    .containsEntry("count", BigDecimal.valueOf(3));
        }
    }

    @Test
    void aBadPatternIsA400NamingTheField() throws Exception {
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            Map<String, String> bad = Map.of(
                    "{\"verb\":\"GET\"}", "Unknown field \"verb\"",
                    "{\"headers\":{\"Accept\":{\"is\":\"x\"}}}", "Unknown field \"headers.Accept.is\"",
                    "{\"headers\":{\"Accept\":{\"equal_to\":\"a\",\"contains\":\"b\"}}}", "\"headers.Accept\" must have exactly one of",
                    "{\"query\":{\"page\":{\"matches\":\"(\"}}}", "matching: \"(\" is not a regular expression",
                    "{\"count\":{\"exactly\":-1}}", "\"count.exactly\" must be 0 or more",
                    "{\"count\":{\"exactly\":\"1\"}}", "\"count.exactly\" must be a number",
                    "{\"body_fields\":{\"region\":{\"equal_to\":\"x\"}}}", "\"region\" is not a JSON Pointer",
                    "{\"method\":\"\"}", "method: give an HTTP method");
            for (Map.Entry<String, String> e : bad.entrySet()) {
                Face.Resp r = verify(w, e.getKey());
                assertThat(r.status()).as(e.getKey()).isEqualTo(400);
                assertThat(r.json()).as(e.getKey()).containsEntry("ok", false);
                assertThat(r.json().get("error").toString()).as(e.getKey()).contains(e.getValue());
            }
            assertThat(fake.journal().all()).as("control requests are not journaled").isEmpty();
        }
    }

    @Test
    void theJournalFilterReadsItsGlobDecodedToo() throws Exception {
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            sendUpserts(w);
            String glob = java.net.URLEncoder.encode("/zones/*/origin/cloud_regions/2001:DB8:0::1", "UTF-8");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> found = (List<Map<String, Object>>) w.get("/__fake/journal?method=PUT&path=" + glob)
                    .json().get("requests");
            assertThat(found).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("path", "/client/v4" + V2 + "/2001%3Adb8%3A%3A1"));
        }
    }
}
