package dev.cfregions.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Who owns a response's body bytes: {@code of} copies them, {@code wrap} takes them over. */
class HttpResponseTest {
    private static final HttpHeaders NONE = HttpHeaders.builder().build();

    @Test
    void ofCopiesTheArraySoTheCallerMayReuseIt() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        HttpResponse r = HttpResponse.of(200, NONE, body);
        body[2] = 'X';
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void wrapHoldsTheArrayItselfAndStillHandsOutCopies() throws IOException {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        HttpResponse r = HttpResponse.wrap(200, NONE, body);
        byte[] copy = r.body();
        copy[2] = 'X';
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(r.bodyStream().readAllBytes()).isEqualTo(body);
        assertThat(r.bodyLength()).isEqualTo(7);
        // the contract is "do not change it afterwards": the response reads the very array
        body[2] = 'Y';
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"Y\":1}");
    }

    @Test
    void wrapOfNothingIsAnEmptyBody() {
        assertThat(HttpResponse.wrap(204, NONE, null).bodyLength()).isZero();
        assertThat(HttpResponse.wrap(204, NONE, new byte[0]).body()).isEmpty();
    }

    @Test
    void wrapChecksTheStatusAsOfDoes() {
        assertThatThrownBy(() -> HttpResponse.wrap(42, NONE, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("42");
    }
}
