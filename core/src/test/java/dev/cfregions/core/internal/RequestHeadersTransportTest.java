package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The prepared header sets for requests without headers equal what the general path builds. */
class RequestHeadersTransportTest {
    private static final URI URI_ = URI.create("https://api.invalid/zones/z");

    /** Keeps what it is sent. */
    private static final class Last implements HttpTransport {
        HttpRequest sent;

        @Override
        public CompletableFuture<HttpResponse> execute(HttpRequest request) {
            sent = request;
            return CompletableFuture.completedFuture(HttpResponse.of(200, HttpHeaders.empty(), null));
        }

        @Override
        public String name() {
            return "last";
        }

        @Override
        public void close() {}
    }

    private static List<String> sentHeaders(HttpRequest request) {
        Last last = new Last();
        new RequestHeadersTransport(last, h -> h.set("Authorization", "Bearer t"), "ua/1").execute(request);
        List<String> pairs = new ArrayList<>();
        last.sent.headers().forEach((n, v) -> pairs.add(n + ": " + v));
        assertThat(last.sent.method()).isEqualTo(request.method());
        assertThat(last.sent.uri()).isEqualTo(request.uri());
        assertThat(last.sent.body()).isEqualTo(request.body());
        return pairs;
    }

    @Test
    void aRequestWithoutHeadersGetsCredentialsAcceptAndUserAgent() {
        assertThat(sentHeaders(HttpRequest.builder().uri(URI_).build()))
                .containsExactly("Authorization: Bearer t", "Accept: application/json", "User-Agent: ua/1");
    }

    @Test
    void aBodyAddsContentType() {
        HttpRequest put = HttpRequest.builder().method("PUT").uri(URI_).body("{}".getBytes(StandardCharsets.UTF_8)).build();
        assertThat(sentHeaders(put)).containsExactly("Authorization: Bearer t", "Accept: application/json", "User-Agent: ua/1",
                "Content-Type: application/json");
    }

    @Test
    void ownHeadersComeFirstAndTheClientsReplaceAnyOfTheSameName() {
        HttpRequest r = HttpRequest.builder().method("PUT").uri(URI_).body("{}".getBytes(StandardCharsets.UTF_8))
                .headers(HttpHeaders.builder().add("X-Trace", "1").add("accept", "text/plain").add("authorization", "x").build())
                .build();
        assertThat(sentHeaders(r)).containsExactly("X-Trace: 1", "Authorization: Bearer t", "Accept: application/json",
                "User-Agent: ua/1", "Content-Type: application/json");
    }

    @Test
    void thePreparedSetsAreSharedNotRebuilt() {
        Last last = new Last();
        RequestHeadersTransport t = new RequestHeadersTransport(last, h -> h.set("Authorization", "Bearer t"), "ua/1");
        t.execute(HttpRequest.builder().uri(URI_).build());
        HttpHeaders first = last.sent.headers();
        t.execute(HttpRequest.builder().uri(URI.create("https://api.invalid/other")).build());
        assertThat(last.sent.headers()).isSameAs(first);
    }
}
