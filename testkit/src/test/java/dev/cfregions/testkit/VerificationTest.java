package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static dev.cfregions.testkit.ValueMatcher.containing;
import static dev.cfregions.testkit.ValueMatcher.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Timeout;

/** {@code journal().verify(...)} over both faces: counts, decoded IPs, JSON bodies, and what a miss reports. */
@Timeout(30)
class VerificationTest extends SharedFakeTest {
    private static final String PUT_BODY = "{\"origin_ip\":\"%s\",\"vendor\":\"aws\",\"region\":\"%s\"}";

    private static Face.Wire wire(Face face) {
        return face.wire(fake).bearer(TOKEN);
    }

    private static Face.Resp put(Face.Wire w, String pathIp, String bodyIp, String region) throws Exception {
        return w.send("PUT", V2 + "/" + pathIp, String.format(PUT_BODY, bodyIp, region));
    }

    private static RequestPattern upsertOf(String ip) {
        return RequestPattern.builder().method("PUT").path("/zones/*/origin/cloud_regions/" + ip)
                .header("Content-Type", containing("json"))
                .bodyEqualToJson("{\"region\":\"us-east-1\",\"vendor\":\"aws\"}", true)
                .build();
    }

    @BothFaces
    void countsRequestsByTheirDecodedCanonicalIp(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            assertThat(put(w, "2001%3Adb8%3A%3A1", "2001:db8::1", "us-east-1").status()).isEqualTo(200);
            assertThat(put(w, "2001:DB8:0::1", "2001:DB8:0::1", "us-east-1").status()).isEqualTo(200);
            assertThat(put(w, "192.0.2.1", "192.0.2.1", "us-west-2").status()).isEqualTo(200);
            w.get(V2);
        }
        var journal = fake.journal();
        journal.verify(Count.exactly(2), upsertOf("2001:db8::1"));
        journal.verify(2, upsertOf("2001:db8:0:0:0:0:0:1"));
        journal.verify(Count.atLeast(1), upsertOf("2001:db8::1"));
        journal.verify(Count.atMost(2), upsertOf("2001:db8::1"));
        journal.verify(Count.never(), upsertOf("192.0.2.1"));
        journal.verify(RequestPattern.builder().method("PUT").bodyField("/region", equalTo("us-west-2")).build());
        journal.verify(1, "GET", "/zones/*/origin/cloud_regions");
        journal.verify(3, "PUT", "/zones/*/origin/cloud_regions/*");
        assertThat(journal.count(upsertOf("2001:db8::1"))).isEqualTo(2);
        assertThat(journal.matching(RequestPattern.of("PUT", "/zones/*/origin/cloud_regions/192.0.2.1")))
                .singleElement().extracting(RecordedRequest::status).isEqualTo(200);

        assertThatThrownBy(() -> journal.verify(Count.exactly(3), upsertOf("2001:db8::1"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> journal.verify(Count.atLeast(3), upsertOf("2001:db8::1"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> journal.verify(Count.atMost(1), upsertOf("2001:db8::1"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> journal.verify(Count.never(), upsertOf("2001:db8::1"))).isInstanceOf(AssertionError.class);
    }

    @BothFaces
    void aMissShowsThePatternBothCountsAndTheClosestRequestsWithWhatDiffered(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            put(w, "2001%3Adb8%3A%3A2", "2001:db8::2", "us-east-1"); // only the path differs
            put(w, "2001%3Adb8%3A%3A1", "2001:db8::1", "us-west-2"); // only the body differs
            w.send("PUT", V2 + "/2001%3Adb8%3A%3A1", "not json", Map.of("Content-Type", "text/plain")); // header and body
            w.get(V2); // method and path and header and body
        }
        AssertionError e = catchThrowableOfType(() -> fake.journal().verify(Count.exactly(1), upsertOf("2001:db8::1")),
                AssertionError.class);
        String expectedHead = "Expected exactly 1 request(s) matching\n"
                + "    PUT /zones/*/origin/cloud_regions/2001:db8::1\n"
                + "        header Content-Type containing \"json\"\n"
                + "        body equal to JSON {\"region\":\"us-east-1\",\"vendor\":\"aws\"} (ignoring extra fields)\n"
                + "but received 0 (of 4 in the journal).\n"
                + "Closest requests that did not match:\n";
        assertThat(e.getMessage()).startsWith(expectedHead);
        String[] closest = e.getMessage().substring(expectedHead.length()).stripLeading().split("\n  (?=[0-9]\\. )");
        assertThat(closest).hasSize(3);
        // two requests meet 3 of 4 parts: the later one first
        assertThat(closest[0]).startsWith("1. PUT /client/v4" + V2 + "/2001%3Adb8%3A%3A1 -> 200 at 2026-03-01T12:00:00Z: 3 of 4 parts match")
                .contains("body: at /region expected \"us-east-1\", got \"us-west-2\"")
                .doesNotContain("path:");
        assertThat(closest[1]).startsWith("2. PUT /client/v4" + V2 + "/2001%3Adb8%3A%3A2 -> 200")
                .contains(": 3 of 4 parts match")
                .contains("path: expected /zones/*/origin/cloud_regions/2001:db8::1, got /zones/" + FakeTestSupport.ZONE
                        + "/origin/cloud_regions/2001:db8::2")
                .doesNotContain("body:");
        assertThat(closest[2]).startsWith("3. PUT").contains("2 of 4 parts match")
                .contains("header Content-Type: expected containing \"json\", got \"text/plain\"")
                .contains("body: expected JSON, but the body is not JSON")
                .contains("-> 400");
        assertThat(e.getMessage()).as("the GET meets no part but the path prefix: ranked last, not shown").doesNotContain("3. GET");
    }

    @BothFaces
    void tooManyListsTheMatchingRequests(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            w.get(V2);
            w.get(V2 + "?page=2");
        }
        AssertionError e = catchThrowableOfType(() -> fake.journal().verify(Count.never(), RequestPattern.of("GET", "/zones/**")),
                AssertionError.class);
        assertThat(e.getMessage()).startsWith("Expected no request matching\n    GET /zones/**\nbut received 2 (of 2 in the journal).\n"
                + "Matching requests:\n  1. GET /client/v4" + V2 + " -> 200")
                .contains("\n  2. GET /client/v4" + V2 + "?page=2 -> 200");
    }

    @BothFaces
    void secretsStayRedactedInTheReport(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            w.get(V2);
        }
        RequestPattern withToken = RequestPattern.builder().method("GET").header("Authorization", equalTo("Bearer " + TOKEN)).build();
        AssertionError e = catchThrowableOfType(() -> fake.journal().verify(withToken), AssertionError.class);
        assertThat(e.getMessage()).doesNotContain(TOKEN)
                .contains("header Authorization equal to \"[redacted]\"")
                .contains("header Authorization: expected equal to \"[redacted]\", got \"Bearer [redacted]\"");
    }

    @BothFaces
    void theMethodAndGlobFormKeepsWorkingOnTheSamePath(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            w.get(V2 + "/2001%3Adb8%3A%3A1");
        }
        fake.journal().verify(1, "GET", "/zones/*/origin/cloud_regions/2001:DB8::1");
        assertThat(fake.journal().count("GET", "/zones/*/origin/cloud_regions/2001:db8::1")).isEqualTo(1);
        assertThat(fake.journal().all().get(0).matches("get", "/zones/*/origin/cloud_regions/2001:db8::1")).isTrue();
        assertThatThrownBy(() -> fake.journal().verify(2, "GET", "/zones/*/origin/cloud_regions/2001:db8::1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected exactly 2 request(s) matching\n    GET /zones/*/origin/cloud_regions/2001:db8::1\n"
                        + "but received 1 (of 1 in the journal).\nMatching requests:\n  1. GET /client/v4" + V2
                        + "/2001%3Adb8%3A%3A1 -> 404 at 2026-03-01T12:00:00Z");
    }

    @org.junit.jupiter.api.Test
    void anEmptyJournalSaysSo() {
        assertThatThrownBy(() -> fake.journal().verify(RequestPattern.anyRequest())).isInstanceOf(AssertionError.class)
                .hasMessage("Expected at least 1 request(s) matching\n    * **\nbut received 0 (of 0 in the journal).\n"
                        + "The journal is empty: the fake received no API request.");
    }
}
