package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code /__fake} route that reads a body, given a field of the wrong type, answers 400
 * with a JSON message naming the field and what it wants, never Java's exception text.
 */
@Timeout(30)
class ControlApiTypeErrorsTest {
    private static FakeCloudflare fake;
    private static Face.Wire wire;

    @BeforeAll
    static void start() {
        fake = FakeCloudflare.builder().build();
        wire = Face.IN_PROCESS.wire(fake);
    }

    @AfterAll
    static void stop() {
        wire.close();
        fake.close();
    }

    static Stream<Arguments> wrongTypes() {
        String mappings = "/__fake/zones/" + ZONE + "/mappings";
        return Stream.of(
                // route, body, the field the message must name, what it must say is wanted
                Arguments.of("POST /__fake/tokens", "{\"token\":5}", "\"token\"", "a string"),
                Arguments.of("POST /__fake/tokens", "{\"token\":\"t\",\"zones\":\"" + ZONE + "\"}", "\"zones\"", "a JSON array"),
                Arguments.of("POST /__fake/tokens", "{\"token\":\"t\",\"zones\":[1]}", "\"zones[0]\"", "a string"),
                Arguments.of("POST /__fake/tokens", "{\"token\":\"t\",\"read_only\":\"yes\"}", "\"read_only\"", "true or false"),
                Arguments.of("POST /__fake/tokens", "[\"t\"]", "The body", "a JSON object"),
                Arguments.of("POST /__fake/api_keys", "{\"email\":1,\"key\":\"k\"}", "\"email\"", "a string"),
                Arguments.of("POST /__fake/api_keys", "{\"email\":\"a@example.com\",\"key\":false}", "\"key\"", "a string"),
                Arguments.of("POST " + mappings, "{\"ip\":\"192.0.2.1\"}", "\"body\"", "a JSON array"),
                Arguments.of("POST " + mappings, "[7]", "\"body[0]\"", "a JSON object"),
                Arguments.of("POST " + mappings, "[{\"ip\":3232235521,\"vendor\":\"aws\",\"region\":\"us-east-1\"}]",
                        "\"body[0].ip\"", "a string"),
                Arguments.of("POST " + mappings, "[{\"ip\":\"192.0.2.1\",\"vendor\":[\"aws\"],\"region\":\"us-east-1\"}]",
                        "\"body[0].vendor\"", "a string"),
                Arguments.of("POST " + mappings, "[{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":1}]",
                        "\"body[0].region\"", "a string"),
                Arguments.of("POST " + mappings, "[{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\",\"modified_on\":5}]",
                        "\"body[0].modified_on\"", "a string"),
                Arguments.of("POST " + mappings, "[{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\",\"modified_on\":\"yesterday\"}]",
                        "\"body[0].modified_on\"", "an RFC 3339"),
                Arguments.of("PUT /__fake/zones/" + ZONE + "/tiered_cache", "{\"enabled\":\"false\"}", "\"enabled\"", "true or false"),
                Arguments.of("PUT /__fake/supported_regions", "{\"vendors\":[]}", "\"vendors\"", "a JSON object"),
                Arguments.of("PUT /__fake/supported_regions", "{\"vendors\":{\"aws\":\"us-east-1\"}}", "\"vendors.aws\"", "a JSON array"),
                Arguments.of("PUT /__fake/supported_regions", "{\"vendors\":{\"aws\":[{\"name\":5}]}}", "\"vendors.aws[0].name\"", "a string"),
                Arguments.of("PUT /__fake/supported_regions", "{\"vendors\":{\"aws\":[{\"name\":\"us-east-1\",\"upper_tier_colos\":[1]}]}}",
                        "\"vendors.aws[0].upper_tier_colos[0]\"", "a string"),
                Arguments.of("PUT /__fake/supported_regions", "{\"obtained_codes\":\"no\",\"vendors\":{}}", "\"obtained_codes\"", "true or false"),
                Arguments.of("PUT /__fake/rate_limit", "{\"requests\":\"10\",\"window_seconds\":60}", "\"requests\"", "a number"),
                Arguments.of("PUT /__fake/rate_limit", "{\"requests\":1.5,\"window_seconds\":60}", "\"requests\"", "a whole number"),
                Arguments.of("PUT /__fake/rate_limit", "{\"requests\":10,\"window_seconds\":1e12}", "\"window_seconds\"", "a whole number"),
                Arguments.of("PUT /__fake/retire_v1", "{\"status\":\"410\"}", "\"status\"", "a number"),
                Arguments.of("PUT /__fake/retire_v1", "[410]", "The body", "a JSON object"),
                Arguments.of("POST /__fake/clock", "{\"now\":5}", "\"now\"", "a string"),
                Arguments.of("POST /__fake/clock", "{\"now\":\"tomorrow\"}", "\"now\"", "an RFC 3339"),
                Arguments.of("POST /__fake/clock", "{\"advance_seconds\":\"60\"}", "\"advance_seconds\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"times\":\"2\",\"fault\":{\"type\":\"drop_connection\"}}", "\"times\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"method\":1,\"fault\":{\"type\":\"drop_connection\"}}", "\"method\"", "a string"),
                Arguments.of("POST /__fake/faults", "{\"path\":[],\"fault\":{\"type\":\"drop_connection\"}}", "\"path\"", "a string"),
                Arguments.of("POST /__fake/faults", "{\"fault\":\"drop_connection\"}", "\"fault\"", "a JSON object"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":5}}", "\"fault.type\"", "a string"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"status\",\"status\":\"503\"}}", "\"fault.status\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"status\",\"status\":503,\"code\":\"1141\"}}", "\"fault.code\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"status\",\"status\":500,\"code\":1141,\"message\":{}}}",
                        "\"fault.message\"", "a string"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"status\",\"status\":503,\"headers\":{\"Retry-After\":1}}}",
                        "\"fault.headers.Retry-After\"", "a string"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"status\",\"status\":503,\"headers\":[]}}", "\"fault.headers\"", "a JSON object"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"rate_limited\",\"retry_after_seconds\":true}}",
                        "\"fault.retry_after_seconds\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"delay\",\"millis\":\"100\"}}", "\"fault.millis\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"non_json_body\",\"status\":\"200\"}}", "\"fault.status\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"html_error_page\",\"status\":null}}", "\"fault.status\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"apply_then_fail\",\"answer\":\"drop_connection\"}}",
                        "\"fault.answer\"", "a JSON object"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"apply_then_fail\",\"answer\":{\"type\":\"status\",\"status\":\"503\"}}}",
                        "\"fault.answer.status\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"throttled_body\",\"bytes_per_second\":\"10\"}}",
                        "\"fault.bytes_per_second\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"throttled_body\",\"bytes_per_second\":0.5}}",
                        "\"fault.bytes_per_second\"", "a whole number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":\"200\"}}", "\"fault.status\"", "a number"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":200,\"headers\":{\"A\":1}}}",
                        "\"fault.headers.A\"", "a string"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":200,\"body\":{}}}", "\"fault.body\"", "a string"),
                Arguments.of("POST /__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":200,\"body_base64\":[]}}",
                        "\"fault.body_base64\"", "a string"),
                Arguments.of("POST /__fake/faults/random", "{\"seed\":\"7\",\"rate\":0.5,\"faults\":[{\"type\":\"drop_connection\"}]}",
                        "\"seed\"", "a number"),
                Arguments.of("POST /__fake/faults/random", "{\"rate\":\"0.5\",\"faults\":[{\"type\":\"drop_connection\"}]}", "\"rate\"", "a number"),
                Arguments.of("POST /__fake/faults/random", "{\"rate\":0.5,\"faults\":{\"type\":\"drop_connection\"}}", "\"faults\"", "a JSON array"),
                Arguments.of("POST /__fake/faults/random", "{\"rate\":0.5,\"faults\":[\"drop_connection\"]}", "\"faults[0]\"", "a JSON object"),
                Arguments.of("POST /__fake/faults/random", "{\"rate\":0.5,\"faults\":[{\"type\":\"delay\",\"millis\":[]}]}",
                        "\"faults[0].millis\"", "a number"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongTypes")
    void aWrongTypedFieldIsNamedWithWhatItWants(String route, String body, String field, String wanted) throws Exception {
        fake.reset();
        String[] methodAndPath = route.split(" ", 2);
        Face.Resp r = wire.send(methodAndPath[0], methodAndPath[1], body);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(r.json()).containsEntry("ok", false);
        String message = r.json().get("error").toString();
        assertThat(message).contains(field + " must be " + wanted).contains(" got ");
        assertThat(message).doesNotContain("java.", "Exception", "cannot be cast", "class ");
        assertThat(fake.faults().pending()).as("nothing was applied").isZero();
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        Face.Resp r = wire.send("POST", "/__fake/api_keys", "{\"email\":\"a@example.com\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").toString()).isEqualTo("\"key\" is missing");
        Face.Resp noEnabled = wire.send("PUT", "/__fake/zones/" + ZONE + "/tiered_cache", "{}");
        assertThat(noEnabled.json().get("error").toString()).contains("\"enabled\" is missing");
        Face.Resp noRate = wire.send("POST", "/__fake/faults/random", "{\"faults\":[{\"type\":\"drop_connection\"}]}");
        assertThat(noRate.json().get("error").toString()).contains("\"rate\" is missing");
    }

    @Test
    void notJsonAtAllIsSaidSo() throws Exception {
        Face.Resp r = wire.send("POST", "/__fake/tokens", "{token:");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").toString()).doesNotContain("java.", "Exception").isNotBlank();
    }
}
