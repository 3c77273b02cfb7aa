package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.core.spi.TransportTimeoutException.Phase;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ProtocolException;
import org.junit.jupiter.api.Test;

/** Failures loopback tests cannot provoke reliably, such as a connect timeout. */
class FailuresTest {
    private static final URI URI_ = URI.create("https://api.example.test/client/v4/zones/z");
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration REQUEST = Duration.ofSeconds(7);

    private static TransportException map(Throwable t) {
        return Failures.map(t, "PATCH", URI_, CONNECT, REQUEST, true);
    }

    @Test
    void connect_timeout_and_pool_wait_are_connect_phase() {
        for (Throwable t : new Throwable[] {new ConnectTimeoutException("connect timed out"),
                new ConnectionRequestTimeoutException("lease timed out")}) {
            TransportException e = map(t);
            assertThat(e).isInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportTimeoutException) e).phase()).isEqualTo(Phase.CONNECT);
            assertThat(((TransportTimeoutException) e).timeout()).isEqualTo(CONNECT);
        }
    }

    @Test
    void socket_timeout_is_response_phase_with_the_request_timeout() {
        TransportException e = map(new CompletionException(new SocketTimeoutException("read timed out")));
        assertThat(((TransportTimeoutException) e).phase()).isEqualTo(Phase.RESPONSE);
        assertThat(((TransportTimeoutException) e).timeout()).isEqualTo(REQUEST);
    }

    @Test
    void socket_timeout_before_the_request_was_written_is_connect_phase() {
        TransportException e = Failures.map(new SocketTimeoutException("handshake"), "POST", URI_, CONNECT, REQUEST, false);
        assertThat(((TransportTimeoutException) e).phase()).isEqualTo(Phase.CONNECT);
        assertThat(((TransportTimeoutException) e).timeout()).isEqualTo(CONNECT);
    }

    @Test
    void body_limit_becomes_response_too_large() {
        TransportException e = map(new BodyLimitExceededException(42));
        assertThat(e).isInstanceOf(ResponseTooLargeException.class);
        assertThat(((ResponseTooLargeException) e).limitBytes()).isEqualTo(42);
    }

    @Test
    void protocol_errors_do_not_quote_the_library_message() {
        TransportException e = map(new ProtocolException("Invalid header: Authorization: Bearer s3cret"));
        assertThat(e).isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("PATCH " + URI_).hasMessageNotContaining("s3cret");
    }

    @Test
    void io_errors_keep_their_description_and_cause() {
        IOException reset = new IOException("Connection reset by peer");
        TransportException e = map(reset);
        assertThat(e).isExactlyInstanceOf(TransportException.class).hasMessageContaining("Connection reset").hasCause(reset);
    }
}
