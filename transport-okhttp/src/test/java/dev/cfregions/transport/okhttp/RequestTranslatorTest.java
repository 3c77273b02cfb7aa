package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.TransportException;
import java.net.URI;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class RequestTranslatorTest {

    @Test
    void keepsRawPathAndQueryExactly() {
        Request r = translate("GET", "http://127.0.0.1:1/zones/z/x/2001%3Adb8%3A%3A1?a=%2C", null, HttpHeaders.empty());
        assertThat(r.url().encodedPath()).isEqualTo("/zones/z/x/2001%3Adb8%3A%3A1");
        assertThat(r.url().encodedQuery()).isEqualTo("a=%2C");
        assertThat(translate("GET", "http://127.0.0.1:1/x/2001:db8::1", null, HttpHeaders.empty()).url().encodedPath())
                .isEqualTo("/x/2001:db8::1");
    }

    @Test
    void bracketedIpv6HostKeepsTheIpv6PathSegment() {
        Request r = translate("GET", "http://[::1]:8080/x/2001:db8::1", null, HttpHeaders.empty());
        assertThat(r.url().host()).isEqualTo("::1");
        assertThat(r.url().port()).isEqualTo(8080);
        assertThat(r.url().encodedPath()).isEqualTo("/x/2001:db8::1");
    }

    @Test
    void refusesAPathOkHttpWouldRewrite() {
        assertThatThrownBy(() -> translate("GET", "http://127.0.0.1:1/a/./b", null, HttpHeaders.empty()))
                .isInstanceOf(TransportException.class).hasMessageContaining("re-encode");
        assertThatThrownBy(() -> translate("GET", "http://127.0.0.1:1/a?q='x'", null, HttpHeaders.empty()))
                .isInstanceOf(TransportException.class).hasMessageContaining("re-encode");
    }

    @Test
    void illegalHeaderValueIsRefusedWithoutShowingIt() {
        HttpHeaders headers = HttpHeaders.builder().add("X-Auth-Key", "s3cret\n").build();
        assertThatThrownBy(() -> translate("GET", "http://127.0.0.1:1/", null, headers))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("X-Auth-Key").hasMessageContaining("0x0a")
                .hasMessageNotContaining("s3cret")
                .hasNoCause();
        HttpHeaders unicode = HttpHeaders.builder().add("X-Name", "caf\u00e9").build();
        assertThatThrownBy(() -> translate("GET", "http://127.0.0.1:1/", null, unicode)).isInstanceOf(TransportException.class);
    }

    @Test
    void bodiesFollowTheMethod() throws Exception {
        assertThat(translate("DELETE", "http://127.0.0.1:1/b", "[\"192.0.2.1\"]", HttpHeaders.empty()).body())
                .isNotNull().satisfies(b -> assertThat(bodyText(b)).isEqualTo("[\"192.0.2.1\"]"));
        assertThat(translate("DELETE", "http://127.0.0.1:1/b", null, HttpHeaders.empty()).body()).isNull();
        assertThat(translate("POST", "http://127.0.0.1:1/b", null, HttpHeaders.empty()).body().contentLength()).isZero();
        assertThat(translate("PATCH", "http://127.0.0.1:1/b", "{}", HttpHeaders.empty()).body().contentType())
                .as("no media type of its own: the caller's Content-Type header goes out as given").isNull();
        assertThatThrownBy(() -> translate("GET", "http://127.0.0.1:1/b", "{}", HttpHeaders.empty()))
                .isInstanceOf(TransportException.class).hasMessageContaining("GET");
    }

    @Test
    void asksForGzipUnlessTheCallerChoseAnEncoding() {
        assertThat(translate("GET", "http://127.0.0.1:1/", null, HttpHeaders.empty()).header("Accept-Encoding"))
                .isEqualTo("gzip, deflate");
        HttpHeaders identity = HttpHeaders.builder().add("accept-encoding", "identity").build();
        assertThat(translate("GET", "http://127.0.0.1:1/", null, identity).headers("Accept-Encoding")).containsExactly("identity");
    }

    @Test
    void remembersWhetherTheCallerSetAUserAgent() {
        HttpHeaders agent = HttpHeaders.builder().add("user-agent", "cfregions/1").build();
        assertThat(translate("GET", "http://127.0.0.1:1/", null, agent).tag(ExchangeState.class).callerSetUserAgent()).isTrue();
        assertThat(translate("GET", "http://127.0.0.1:1/", null, HttpHeaders.empty()).tag(ExchangeState.class).callerSetUserAgent()).isFalse();
    }

    private static Request translate(String method, String uri, String body, HttpHeaders headers) {
        return RequestTranslator.translate(HttpRequest.builder().method(method).uri(URI.create(uri)).headers(headers)
                .body(body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build());
    }

    private static String bodyText(okhttp3.RequestBody body) {
        try {
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            return buffer.readUtf8();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
