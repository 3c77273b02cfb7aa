package dev.cfregions.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The copies a decorator makes of a request change what they say and nothing else. */
class HttpRequestTest {
    private static final HttpRequest BASE = HttpRequest.builder().method("POST").uri(URI.create("https://api.invalid/zones/z"))
            .headers(HttpHeaders.builder().add("X-A", "1").build()).body("[1]".getBytes(StandardCharsets.UTF_8))
            .timeout(Duration.ofSeconds(5)).build();

    @Test
    void withHeadersReplacesOnlyTheHeaders() {
        HttpHeaders other = HttpHeaders.builder().add("X-B", "2").build();
        HttpRequest r = BASE.withHeaders(other);
        assertThat(r.headers()).isEqualTo(other);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.uri()).isEqualTo(BASE.uri());
        assertThat(r.body()).isEqualTo(BASE.body());
        assertThat(r.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(r).isEqualTo(BASE.toBuilder().headers(other).build());
        assertThat(BASE.headers().firstValue("X-A")).contains("1");
    }

    @Test
    void withTimeoutReplacesOnlyTheTimeoutAndChecksIt() {
        HttpRequest r = BASE.withTimeout(Duration.ofMillis(250));
        assertThat(r).isEqualTo(BASE.toBuilder().timeout(Duration.ofMillis(250)).build());
        assertThatThrownBy(() -> BASE.withTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BASE.withTimeout(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> BASE.withHeaders(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("headers");
    }

    @Test
    void aSharedBodyStillCannotBeChangedThroughEitherRequest() {
        HttpRequest r = BASE.withHeaders(HttpHeaders.empty());
        byte[] handedOut = r.body();
        handedOut[0] = 'X';
        assertThat(new String(BASE.body(), StandardCharsets.UTF_8)).isEqualTo("[1]");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("[1]");
    }
}
