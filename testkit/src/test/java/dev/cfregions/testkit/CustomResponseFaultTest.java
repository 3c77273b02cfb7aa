package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Fault.CustomResponse}: any status, headers and body, verbatim, without the handler. */
@Timeout(30)
class CustomResponseFaultTest extends SharedFakeTest {
    private static final String CREATE = "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";
    private static final String REFUSAL =
            "{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"refused (injected)\"}],\"messages\":[],\"result\":null}";
    /** Bytes that are not UTF-8, so any re-encoding on the way would show. */
    private static final byte[] RAW = {(byte) 0xff, 0x00, (byte) 0xc3, 0x28, '\r', '\n', 'x'};

    @BothFaces
    void a200WithSuccessFalseIsSentAsGivenAndTheHandlerDoesNotRun(Face face) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("CF-RAY", "8d5b2f3a1c2e4f6a-LHR");
        headers.put("X-Custom", "a, b; q=1");
        fake.faults().next(1, "POST", "**", Fault.response(200, headers, REFUSAL));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp r = w.send("POST", V1, CREATE);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(REFUSAL);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            assertThat(r.headers().firstValue("cf-ray")).contains("8d5b2f3a1c2e4f6a-LHR");
            assertThat(r.headers().firstValue("X-Custom")).contains("a, b; q=1");
            assertThat(fake.mappings(ZONE)).as("the handler did not run").isEmpty();
            assertThat(fake.journal().all().get(0).status()).isEqualTo(200);
            assertThat(w.send("POST", V1, CREATE).status()).as("one request only").isEqualTo(200);
            assertThat(fake.mappings(ZONE)).hasSize(1);
        }
    }

    @BothFaces
    void anyStatusAndTheBodyBytesArriveExactly(Face face) throws Exception {
        fake.faults().next(Fault.response(418, Map.of("Content-Type", "application/octet-stream"), RAW))
                .next(Fault.response(204, Map.of("X-Empty", "yes"), new byte[0]));
        byte[] body = bytes(face, "/client/v4" + V1);
        assertThat(lastStatus()).isEqualTo(418);
        assertThat(body).containsExactly(RAW);
        assertThat(bytes(face, "/client/v4" + V1)).isEmpty();
        assertThat(lastStatus()).isEqualTo(204);
    }

    @Test
    void loopbackSendsTheGivenDateInsteadOfItsOwn() throws Exception {
        String date = "Sun, 06 Nov 1994 08:49:37 GMT";
        fake.faults().next(Fault.response(503, Map.of("Date", date, "Retry-After", "Sun, 06 Nov 1994 08:49:40 GMT"), ""));
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            Face.Resp r = w.get(V1);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.headers().allValues("Date")).containsExactly(date);
            assertThat(w.get(V1).headers().firstValue("Date").orElseThrow()).as("the server's own otherwise").isNotEqualTo(date);
        }
    }

    @Test
    void theClientReadsA200WithSuccessFalseAsTheRefusalItIs() {
        fake.faults().next(Fault.jsonResponse(200, REFUSAL));
        try (HttpTransport transport = fake.transport();
             CloudflareClient client = CloudflareClient.builder().baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL).apiToken(TOKEN)
                     .transport(transport).build()) {
            Throwable e = catchThrowable(() -> client.cache().originCloudRegions().list(ZONE));
            assertThat(e).isInstanceOf(ApiException.class);
            assertThat(((ApiException) e).hasCode(1000)).isTrue();
        }
    }

    @BothFaces
    void overTheControlApiAsTextOrBase64(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":200,"
                    + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":" + quote(REFUSAL) + "}}").status())
                    .isEqualTo(200);
            assertThat(w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":502,"
                    + "\"body_base64\":\"" + Base64.getEncoder().encodeToString(RAW) + "\"}}").status()).isEqualTo(200);
            assertThat(w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"apply_then_fail\","
                    + "\"answer\":{\"type\":\"response\",\"status\":200,\"body\":\"ok?\"}}}").status()).isEqualTo(200);

            Face.Resp refusal = w.get(V1);
            assertThat(refusal.status()).isEqualTo(200);
            assertThat(refusal.body()).isEqualTo(REFUSAL);
            assertThat(refusal.headers().firstValue("Content-Type")).contains("application/json");
        }
        assertThat(bytes(face, "/client/v4" + V1)).containsExactly(RAW);
        assertThat(lastStatus()).isEqualTo(502);
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp applied = w.send("POST", V1, CREATE);
            assertThat(applied.body()).isEqualTo("ok?");
            assertThat(fake.mappings(ZONE)).as("apply_then_fail with a custom answer: the write landed").hasSize(1);
        }
    }

    @Test
    void parametersThatCouldNotBeSentAsGivenAreRefused() throws Exception {
        assertThatThrownBy(() -> Fault.response(100, Map.of(), "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomResponse status must be 200-599, got 100");
        assertThatThrownBy(() -> Fault.response(600, Map.of(), "")).hasMessage("CustomResponse status must be 200-599, got 600");
        assertThatThrownBy(() -> Fault.response(204, Map.of(), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomResponse status 204 has no body, got 1 bytes");
        assertThatThrownBy(() -> Fault.response(200, Map.of("Content-Length", "5"), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Content-Length").hasMessageContaining("leave it out");
        assertThatThrownBy(() -> Fault.response(200, Map.of("transfer-encoding", "chunked"), "x")).hasMessageContaining("transfer-encoding");
        assertThatThrownBy(() -> Fault.response(200, Map.of("X-Evil", "a\r\nSet-Cookie: b"), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomResponse header X-Evil has a character that cannot be sent (U+000D) at index 1");
        assertThatThrownBy(() -> Fault.response(200, Map.of("Bad Name", "v"), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustomResponse header name must be an HTTP token, got \"Bad Name\"");
        assertThatThrownBy(() -> Fault.response(200, null, "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headers");
        assertThatThrownBy(() -> Fault.response(200, Map.of(), (byte[]) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body");
        assertThatThrownBy(() -> Fault.status(503, Map.of("Retry-After", "1\n"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ErrorResponse header Retry-After");

        try (Face.Wire w = Face.IN_PROCESS.wire(fake)) {
            Face.Resp both = w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":200,\"body\":\"a\",\"body_base64\":\"YQ==\"}}");
            assertThat(both.status()).isEqualTo(400);
            assertThat(both.json().get("error").toString()).isEqualTo("Give \"fault.body\" or \"fault.body_base64\", not both");
            Face.Resp notBase64 = w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":200,\"body_base64\":\"*?\"}}");
            assertThat(notBase64.status()).isEqualTo(400);
            assertThat(notBase64.json().get("error").toString()).contains("\"fault.body_base64\" must be base64").contains("\"*?\"");
            Face.Resp status = w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"response\",\"status\":101}}");
            assertThat(status.status()).isEqualTo(400);
            assertThat(status.json().get("error").toString()).contains("200-599, got 101");
            assertThat(fake.faults().pending()).isZero();
        }
    }

    @Test
    void theFaultIsAValue() {
        Fault a = Fault.response(200, Map.of("A", "1"), new byte[] {1, 2});
        byte[] given = {1, 2};
        Fault b = Fault.response(200, Map.of("A", "1"), given);
        given[0] = 9;
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(((Fault.CustomResponse) b).body()).as("copied in").containsExactly(1, 2);
        ((Fault.CustomResponse) b).body()[0] = 9;
        assertThat(((Fault.CustomResponse) b).body()).as("copied out").containsExactly(1, 2);
        assertThat(a.toString()).contains("200").contains("2 bytes");
    }

    /** {@code s} as a JSON string literal (it holds no control characters). */
    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int lastStatus() {
        java.util.List<RecordedRequest> all = fake.journal().all();
        return all.get(all.size() - 1).status();
    }

    /** The exact body bytes of a GET, over either face. */
    private static byte[] bytes(Face face, String path) throws Exception {
        if (face == Face.IN_PROCESS) {
            try (HttpTransport t = fake.transport()) {
                HttpResponse r = t.execute(HttpRequest.builder().method("GET").uri(URI.create("http://fake-cloudflare.invalid" + path))
                        .headers(HttpHeaders.builder().add("Authorization", "Bearer " + TOKEN).build())
                        .timeout(Duration.ofSeconds(5)).build()).get(5, TimeUnit.SECONDS);
                return r.body();
            }
        }
        String base = fake.baseUrl();
        java.net.http.HttpResponse<byte[]> r = Face.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        URI.create(base.substring(0, base.length() - "/client/v4".length()) + path))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(5)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return r.body();
    }
}
