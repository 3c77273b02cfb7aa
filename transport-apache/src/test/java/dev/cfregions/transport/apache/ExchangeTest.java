package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The per-request state machine on its own, with a real timer thread and no network. */
@Timeout(10)
class ExchangeTest {
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, new DaemonThreads("exchange-test"));
    private static final HttpRequest REQUEST = HttpRequest.builder().method("POST")
            .uri(URI.create("http://127.0.0.1:1/x")).timeout(Duration.ofMillis(200)).build();

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    private Exchange exchange(Duration connectTimeout, Duration releaseGrace) {
        return new Exchange(REQUEST, connectTimeout, timers, releaseGrace);
    }

    private static Throwable failureOf(CompletableFuture<HttpResponse> f) throws Exception {
        try {
            f.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("completed normally");
    }

    @Test
    void connect_phase_expiry_is_a_connect_timeout_and_forbids_writing_afterwards() throws Exception {
        Exchange e = exchange(Duration.ofMillis(50), Duration.ofMillis(50));
        e.start();

        Throwable failure = failureOf(e.result());

        assertThat(failure).isInstanceOf(TransportTimeoutException.class);
        assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.CONNECT);
        assertThat(((TransportTimeoutException) failure).timeout()).isEqualTo(Duration.ofMillis(50));
        assertThat(e.connected()).as("a late connection may not send the request").isFalse();
    }

    @Test
    void once_connected_the_request_timeout_runs_and_its_expiry_is_a_response_timeout() throws Exception {
        Exchange e = exchange(Duration.ofSeconds(30), Duration.ofMillis(50));
        e.start();
        assertThat(e.connected()).isTrue();
        assertThat(e.connected()).as("a second call changes nothing").isTrue();

        Throwable failure = failureOf(e.result());

        assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.RESPONSE);
        assertThat(((TransportTimeoutException) failure).timeout()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void a_response_waits_for_the_connection_release() {
        Exchange e = exchange(Duration.ofSeconds(30), Duration.ofDays(1));
        HttpResponse ok = HttpResponse.of(200, HttpHeaders.empty(), new byte[] {1});

        e.completed(ok);
        assertThat(e.result()).as("handed over before the connection is back").isNotDone();
        e.connectionReleased();

        assertThat(e.result()).isCompletedWithValue(ok);
    }

    @Test
    void without_a_release_the_response_is_handed_over_after_the_grace() throws Exception {
        Exchange e = exchange(Duration.ofSeconds(30), Duration.ofMillis(20));
        HttpResponse ok = HttpResponse.of(204, HttpHeaders.empty(), null);

        e.completed(ok);

        assertThat(e.result().get(5, TimeUnit.SECONDS)).isSameAs(ok);
    }

    @Test
    void cancelling_the_caller_future_cancels_the_client_future() {
        Exchange e = exchange(Duration.ofSeconds(30), Duration.ofMillis(50));
        CompletableFuture<HttpResponse> clientFuture = new CompletableFuture<>();
        e.start();
        e.attach(clientFuture);

        e.result().cancel(true);

        assertThat(clientFuture).isCancelled();
    }
}
