package dev.cfregions.testkit;

import static dev.cfregions.testkit.ValueMatcher.absent;
import static dev.cfregions.testkit.ValueMatcher.containing;
import static dev.cfregions.testkit.ValueMatcher.equalTo;
import static dev.cfregions.testkit.ValueMatcher.matching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.HttpHeaders;
import org.junit.jupiter.api.Test;

/** What each part of a {@link RequestPattern} matches, on recorded requests. */
class RequestPatternTest {
    private static final String V2 = "/client/v4/zones/" + FakeTestSupport.ZONE + "/origin/cloud_regions";
    private static final String BODY = "{\"origin_ip\":\"2001:db8::1\",\"vendor\":\"aws\",\"region\":\"us-east-1\","
            + "\"tags\":[1,2],\"meta\":{\"a\":1.0,\"b\":null}}";

    private static RecordedRequest request(String method, String path, String query, String body, String... headers) {
        HttpHeaders.Builder h = HttpHeaders.builder();
        for (int i = 0; i < headers.length; i += 2) {
            h.add(headers[i], headers[i + 1]);
        }
        return new RecordedRequest(method, path, query, RequestJournal.redact(h.build()), body);
    }

    private static final RecordedRequest PUT = request("PUT", V2 + "/2001%3Adb8%3A%3A1", "dry_run=false&tag=a%20b&tag=c+d",
            BODY, "Content-Type", "application/json; charset=utf-8", "Authorization", "Bearer sekrit", "X-Trace", "t1",
            "X-Trace", "t2");

    private static RequestPattern.Builder put() {
        return RequestPattern.builder().method("put").path("/zones/*/origin/cloud_regions/2001:DB8:0::1");
    }

    @Test
    void methodIgnoresCaseAndPathMatchesTheDecodedCanonicalIp() {
        assertThat(put().build().matches(PUT)).isTrue();
        assertThat(RequestPattern.of("GET", "**").matches(PUT)).isFalse();
        assertThat(RequestPattern.of("*", "/zones/*/origin/cloud_regions/2001:db8::2").matches(PUT)).isFalse();
        assertThat(RequestPattern.anyRequest().matches(PUT)).isTrue();
    }

    @Test
    void queryParametersAreComparedDecodedAndAnyValueMayMatch() {
        assertThat(put().query("tag", equalTo("a b")).build().matches(PUT)).isTrue();
        assertThat(put().query("tag", equalTo("c d")).build().matches(PUT)).as("+ is a space").isTrue();
        assertThat(put().query("dry_run", matching("true|false")).build().matches(PUT)).isTrue();
        assertThat(put().query("page", absent()).build().matches(PUT)).isTrue();
        assertThat(put().query("tag", absent()).build().matches(PUT)).isFalse();
        assertThat(put().query("page", equalTo("1")).build().matches(PUT)).isFalse();
        assertThat(put().query("tag", equalTo("a%20b")).build().matches(PUT)).isFalse();
    }

    @Test
    void headersIgnoreNameCaseAndAnyValueMayMatch() {
        assertThat(put().header("content-type", containing("json")).build().matches(PUT)).isTrue();
        assertThat(put().header("X-TRACE", equalTo("t2")).build().matches(PUT)).isTrue();
        assertThat(put().header("X-Trace", matching("t[0-9]")).build().matches(PUT)).isTrue();
        assertThat(put().header("If-Match", absent()).build().matches(PUT)).isTrue();
        assertThat(put().header("Content-Type", absent()).build().matches(PUT)).isFalse();
        assertThat(put().header("Content-Type", equalTo("application/json")).build().matches(PUT)).isFalse();
        assertThat(put().header("X-Trace", matching("t")).build().matches(PUT)).as("the whole value").isFalse();
    }

    @Test
    void secretHeadersAreMatchedAsTheJournalKeepsThem() {
        assertThat(put().header("Authorization", equalTo("Bearer " + RequestJournal.REDACTED)).build().matches(PUT)).isTrue();
        assertThat(put().header("Authorization", equalTo("Bearer sekrit")).build().matches(PUT)).isFalse();
        assertThat(put().header("Authorization", equalTo("Bearer sekrit")).build().toString())
                .doesNotContain("sekrit").contains("header Authorization equal to \"[redacted]\"");
    }

    @Test
    void jsonBodiesCompareWithoutKeyOrderWhitespaceOrNumberSpelling() {
        String reordered = " { \"meta\" : {\"b\":null, \"a\":1}, \"tags\":[1, 2.00], \"region\":\"us-east-1\","
                + "\"vendor\":\"aws\", \"origin_ip\":\"2001:db8::1\" }";
        assertThat(put().bodyEqualToJson(reordered).build().matches(PUT)).isTrue();
        assertThat(put().bodyEqualToJson(reordered.replace("[1, 2.00]", "[2, 1]")).build().matches(PUT))
                .as("arrays keep their order").isFalse();
        assertThat(put().bodyEqualToJson(reordered.replace("null", "0")).build().matches(PUT)).isFalse();
        assertThat(put().bodyEqualToJson("{\"vendor\":\"aws\"}").build().matches(PUT)).as("extra fields count").isFalse();
        assertThat(put().bodyEqualToJson("{\"vendor\":\"aws\",\"meta\":{\"a\":1}}", true).build().matches(PUT))
                .as("ignoring extra fields, nested too").isTrue();
        assertThat(put().bodyEqualToJson("{\"vendor\":\"gcp\"}", true).build().matches(PUT)).isFalse();
        assertThat(put().bodyEqualToJson("{\"vendor\":\"aws\",\"zone\":\"x\"}", true).build().matches(PUT))
                .as("a missing field still counts").isFalse();
    }

    @Test
    void aBodyThatIsNotJsonMatchesNoJsonCondition() {
        RecordedRequest text = request("POST", V2, null, "not json");
        RecordedRequest none = request("GET", V2, null, "");
        RecordedRequest cut = new RecordedRequest("PUT", V2, null, HttpHeaders.empty(), "{\"a\":", 100_000, true);
        for (RecordedRequest r : new RecordedRequest[] {text, none, cut}) {
            assertThat(RequestPattern.builder().bodyEqualToJson("{}", true).build().matches(r)).isFalse();
            assertThat(RequestPattern.builder().bodyField("/a", matching(".*")).build().matches(r)).isFalse();
            assertThat(RequestPattern.builder().bodyField("/a", absent()).build().matches(r)).isTrue();
        }
        assertThat(RequestPattern.builder().body(absent()).build().matches(none)).isTrue();
        assertThat(RequestPattern.builder().body(containing("json")).build().matches(text)).isTrue();
    }

    @Test
    void bodyFieldsAreFoundByJsonPointerAndComparedAsText() {
        assertThat(put().bodyField("/vendor", equalTo("aws")).build().matches(PUT)).isTrue();
        assertThat(put().bodyField("/tags/1", equalTo("2")).build().matches(PUT)).isTrue();
        assertThat(put().bodyField("/meta/a", equalTo("1.0")).build().matches(PUT)).as("a number as written").isTrue();
        assertThat(put().bodyField("/meta/b", equalTo("null")).build().matches(PUT)).isTrue();
        assertThat(put().bodyField("/tags", equalTo("[1,2]")).build().matches(PUT)).isTrue();
        assertThat(put().bodyField("/tags/2", absent()).build().matches(PUT)).isTrue();
        assertThat(put().bodyField("/region", absent()).build().matches(PUT)).isFalse();
        assertThat(put().bodyField("/missing", equalTo("x")).build().matches(PUT)).isFalse();
        RecordedRequest batch = request("DELETE", V2 + "/batch", null, "[\"192.0.2.1\",\"a/b~\"]");
        assertThat(RequestPattern.builder().bodyField("/0", equalTo("192.0.2.1")).build().matches(batch)).isTrue();
        RecordedRequest escaped = request("PUT", V2, null, "{\"a/b\":{\"c~d\":1}}");
        assertThat(RequestPattern.builder().bodyField("/a~1b/c~0d", equalTo("1")).build().matches(escaped)).isTrue();
    }

    @Test
    void everyConditionMustHold() {
        RequestPattern p = put().header("Content-Type", containing("json")).bodyField("/vendor", equalTo("aws"))
                .query("dry_run", equalTo("false")).build();
        assertThat(p.matches(PUT)).isTrue();
        assertThat(p.toBuilder().header("X-Trace", equalTo("t3")).build().matches(PUT)).isFalse();
        assertThat(p.matches(PUT)).as("toBuilder leaves the original as it was").isTrue();
    }

    @Test
    void patternsAreValuesThatDescribeThemselves() {
        RequestPattern a = put().header("Content-Type", containing("json")).bodyEqualToJson("{\"a\": 1}").build();
        RequestPattern b = put().header("Content-Type", containing("json")).bodyEqualToJson("{\"a\":1}").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(put().build());
        assertThat(a.toString()).isEqualTo("put /zones/*/origin/cloud_regions/2001:DB8:0::1\n"
                + "    header Content-Type containing \"json\"\n    body equal to JSON {\"a\":1}");
        assertThat(a.method()).isEqualTo("put");
        assertThat(a.path()).isEqualTo("/zones/*/origin/cloud_regions/2001:DB8:0::1");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> RequestPattern.builder().method(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("method");
        assertThatThrownBy(() -> RequestPattern.builder().bodyEqualToJson("{\"a\":")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bodyEqualToJson: the expected body is not JSON");
        assertThatThrownBy(() -> RequestPattern.builder().bodyField("vendor", equalTo("aws")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"vendor\" is not a JSON Pointer");
        assertThatThrownBy(() -> matching("(")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matching: \"(\"");
        assertThatThrownBy(() -> RequestPattern.builder().header(null, absent())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("header: name");
        assertThatThrownBy(() -> Count.exactly(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Count(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsSayWhatTheyAccept() {
        assertThat(Count.exactly(2).test(2)).isTrue();
        assertThat(Count.exactly(2).test(3)).isFalse();
        assertThat(Count.atLeast(2).test(9)).isTrue();
        assertThat(Count.atLeast(2).test(1)).isFalse();
        assertThat(Count.atMost(2).test(0)).isTrue();
        assertThat(Count.atMost(2).test(3)).isFalse();
        assertThat(Count.never().test(0)).isTrue();
        assertThat(Count.never().test(1)).isFalse();
        assertThat(Count.exactly(2)).hasToString("exactly 2");
        assertThat(Count.atLeast(1)).hasToString("at least 1");
        assertThat(Count.atMost(3)).hasToString("at most 3");
        assertThat(Count.never()).hasToString("never");
        assertThat(new Count(1, 2)).hasToString("between 1 and 2");
    }
}
