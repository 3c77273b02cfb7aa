package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LentClientTest {
    private CloseableHttpAsyncClient lent;

    @BeforeEach
    void startClient() {
        // one connection per route: a request can only go out once the previous one let go of it
        lent = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnPerRoute(1).setMaxConnTotal(1).build())
                .disableAutomaticRetries()
                .build();
        lent.start();
    }

    @AfterEach
    void stopClient() {
        lent.close(CloseMode.IMMEDIATE);
    }

    private static HttpRequest get(java.net.URI uri) {
        return HttpRequest.builder().uri(uri).timeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void closing_the_transport_leaves_the_lent_client_running() throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, "hi".getBytes()))) {
            ApacheTransport transport = ApacheTransport.builder().client(lent).automaticRetriesDisabled(true).build();
            assertThat(transport.execute(get(server.uri("/t"))).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);

            transport.close();

            assertThat(lent.getStatus()).isEqualTo(IOReactorStatus.ACTIVE);
            SimpleHttpResponse direct = lent.execute(SimpleRequestBuilder.get(server.uri("/direct")).build(), null)
                    .get(10, TimeUnit.SECONDS);
            assertThat(direct.getCode()).isEqualTo(200);
        }
    }

    @Test
    void cancelling_releases_the_only_connection() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            if (ex.getRequestURI().getPath().equals("/hang")) {
                arrived.countDown();
                awaitQuietly(release);
            }
            try {
                LoopbackServer.respond(ex, 200, "next".getBytes());
            } catch (IOException clientGone) {
                ex.close();
            }
        }); ApacheTransport transport = ApacheTransport.builder().client(lent).automaticRetriesDisabled(true).build()) {
            CompletableFuture<HttpResponse> pending = transport.execute(get(server.uri("/hang")));
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

            pending.cancel(true);
            assertThatThrownBy(pending::join).isInstanceOf(CancellationException.class);

            HttpResponse next = transport.execute(get(server.uri("/next"))).get(15, TimeUnit.SECONDS);
            assertThat(new String(next.body(), StandardCharsets.UTF_8)).isEqualTo("next");
            release.countDown();
        }
    }

    @Test
    void request_timeout_starts_once_connected_on_a_lent_client_too() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.trickle(stop));
             ApacheTransport transport = ApacheTransport.builder().client(lent).automaticRetriesDisabled(true)
                     .config(TransportConfig.defaults().withConnectTimeout(Duration.ofSeconds(5))).build()) {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse> f = transport.execute(HttpRequest.builder().uri(server.uri("/trickle"))
                    .timeout(Duration.ofMillis(700)).build());
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> f.get(15, TimeUnit.SECONDS)).getCause();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            stop.countDown();

            assertThat(failure).isInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.RESPONSE);
            // had the connection gone unnoticed, the 5 s connect deadline would end it, as CONNECT
            assertThat(took).isBetween(Duration.ofMillis(650), Duration.ofSeconds(4));
        }
    }

    @Test
    void gzip_is_decoded_once_even_when_the_lent_client_decompresses_by_default() throws Exception {
        byte[] plain = "abc".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.respond(ex, 200, ApacheTransportTest.gzip(plain));
        }); ApacheTransport transport = ApacheTransport.builder().client(lent).automaticRetriesDisabled(true).build()) {
            assertThat(transport.execute(get(server.uri("/g"))).get(10, TimeUnit.SECONDS).body()).isEqualTo(plain);
        }
    }

    @Test
    void a_lent_client_closed_by_its_owner_fails_requests_with_a_transport_error() throws Exception {
        try (ApacheTransport transport = ApacheTransport.builder().client(lent).automaticRetriesDisabled(true).build()) {
            lent.close(CloseMode.IMMEDIATE);
            CompletableFuture<HttpResponse> f = transport.execute(get(java.net.URI.create("http://127.0.0.1:9/x")));
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseExactlyInstanceOf(dev.cfregions.core.spi.TransportException.class);
        }
    }

    @Test
    void a_client_that_was_never_started_is_refused() {
        try (CloseableHttpAsyncClient idle = HttpAsyncClients.createDefault()) {
            assertThatThrownBy(() -> ApacheTransport.builder().client(idle).automaticRetriesDisabled(true).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("started");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_ssl_context_cannot_be_combined_with_a_lent_client() throws Exception {
        TransportConfig withTls = TransportConfig.defaults().withSslContext(SSLContext.getDefault());
        assertThatThrownBy(() -> ApacheTransport.builder().client(lent).automaticRetriesDisabled(true).config(withTls).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sslContext");
    }

    @Test
    void a_lent_client_without_confirmed_retries_off_is_refused_saying_how() throws Exception {
        try (CloseableHttpAsyncClient defaults = HttpAsyncClients.createDefault()) {
            defaults.start();
            assertThatThrownBy(() -> ApacheTransport.builder().client(defaults).build())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("disableAutomaticRetries()")
                    .hasMessageContaining("automaticRetriesDisabled(true)");
        }
    }

    /**
     * Why a default client is refused: HttpClient repeats a bodiless request answered 503 by
     * itself, and no per-request setting stops it. A request with a body is never repeated,
     * whatever the lent client's retry setting, because the transport marks it one-shot.
     */
    @Test
    void a_default_client_repeats_a_503_get_on_its_own_but_never_a_post_with_a_body() throws Exception {
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger gets = new AtomicInteger();
        try (LoopbackServer server = new LoopbackServer(ex -> {
                    (ex.getRequestMethod().equals("POST") ? posts : gets).incrementAndGet();
                    ex.getRequestBody().readAllBytes();
                    ex.getResponseHeaders().add("Retry-After", "0");
                    LoopbackServer.respond(ex, 503, "{}".getBytes(StandardCharsets.UTF_8));
                });
                CloseableHttpAsyncClient defaults = HttpAsyncClients.createDefault()) {
            defaults.start();
            // Told (wrongly) that retries are off, as an application might be.
            try (ApacheTransport transport = ApacheTransport.builder().client(defaults).automaticRetriesDisabled(true).build()) {
                HttpRequest post = HttpRequest.builder().method("POST").uri(server.uri("/create"))
                        .body("{\"ip\":\"192.0.2.1\"}".getBytes(StandardCharsets.UTF_8)).timeout(Duration.ofSeconds(10)).build();
                assertThat(transport.execute(post).get(10, TimeUnit.SECONDS).status()).isEqualTo(503);
                assertThat(transport.execute(get(server.uri("/list"))).get(10, TimeUnit.SECONDS).status()).isEqualTo(503);
            }
            Thread.sleep(200);
            assertThat(posts.get()).as("POSTs on the wire").isEqualTo(1);
            assertThat(gets.get()).as("GETs on the wire: HttpClient's own retry, which is why the confirmation is required")
                    .isEqualTo(2);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
