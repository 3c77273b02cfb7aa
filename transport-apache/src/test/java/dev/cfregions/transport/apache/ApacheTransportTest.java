package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class ApacheTransportTest {
    private static final TransportConfig CONFIG = TransportConfig.defaults().withConnectTimeout(Duration.ofSeconds(5));

    private ApacheTransport transport;

    @BeforeEach
    void open() {
        transport = ApacheTransport.create(CONFIG);
    }

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    private static HttpResponse await(CompletableFuture<HttpResponse> f) throws Exception {
        return f.get(15, TimeUnit.SECONDS);
    }

    private static Throwable failureOf(CompletableFuture<HttpResponse> f) throws Exception {
        try {
            f.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the request succeeded");
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.builder().uri(uri).timeout(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void sends_the_body_with_every_method(String method) throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, "ok".getBytes()))) {
            byte[] body = ("{\"method\":\"" + method + "\"}").getBytes(StandardCharsets.UTF_8);
            HttpResponse response = await(transport.execute(request(server.uri("/x")).method(method)
                    .headers(HttpHeaders.builder().add("Content-Type", "application/json").build()).body(body).build()));

            LoopbackServer.Received got = server.take();
            assertThat(response.status()).isEqualTo(200);
            assertThat(got.method()).isEqualTo(method);
            assertThat(got.body()).isEqualTo(body);
            assertThat(got.headers().get("Content-type")).containsExactly("application/json");
            assertThat(got.headers().get("Content-length")).containsExactly(String.valueOf(body.length));
        }
    }

    @Test
    void get_without_body_sends_no_content_length_and_asks_for_gzip() throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 204, new byte[0]))) {
            HttpResponse response = await(transport.execute(request(server.uri("/x?a=1&b=%20")).build()));

            LoopbackServer.Received got = server.take();
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.bodyLength()).isZero();
            assertThat(got.rawTarget()).isEqualTo("/x?a=1&b=%20");
            assertThat(got.headers()).doesNotContainKey("Content-length");
            assertThat(got.headers().get("Accept-encoding")).singleElement().asString().contains("gzip");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/zones/z/ips/2001:db8::1", "/zones/z/ips/2001%3Adb8%3A%3A1", "/a%2Fb/c%25d/%5B::1%5D"})
    void raw_path_arrives_byte_for_byte(String rawPath) throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, new byte[0]))) {
            await(transport.execute(request(server.uri(rawPath)).method("DELETE").build()));
            assertThat(server.take().rawTarget()).isEqualTo(rawPath);
        }
    }

    @Test
    void ipv6_loopback_host_and_ipv6_path_work_together() throws Exception {
        try (LoopbackServer server = new LoopbackServer(InetAddress.getByName("::1"), ex -> LoopbackServer.respond(ex, 200, "v6".getBytes()))) {
            URI uri = server.uri("/zones/z/ips/2001:db8::1");
            assertThat(uri.getHost()).startsWith("[");

            HttpResponse response = await(transport.execute(request(uri).build()));

            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("v6");
            assertThat(server.take().rawTarget()).isEqualTo("/zones/z/ips/2001:db8::1");
        }
    }

    @Test
    void headers_round_trip_case_insensitive_and_repeated() throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> {
            ex.getResponseHeaders().add("X-Multi", "one");
            ex.getResponseHeaders().add("X-Multi", "two");
            LoopbackServer.respond(ex, 418, "teapot".getBytes());
        })) {
            HttpHeaders sent = HttpHeaders.builder().add("X-Repeat", "a").add("x-repeat", "b").add("X-Single", "v").build();
            HttpResponse response = await(transport.execute(request(server.uri("/h")).headers(sent).build()));

            assertThat(server.take().headers().get("X-repeat")).containsExactly("a", "b");
            assertThat(response.status()).isEqualTo(418);
            assertThat(response.headers().allValues("x-multi")).containsExactly("one", "two");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("teapot");
        }
    }

    @Test
    void header_value_with_a_newline_fails_without_showing_the_value() throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, new byte[0]))) {
            HttpHeaders sent = HttpHeaders.builder().add("Authorization", "Bearer secret-token\n").build();
            Throwable failure = failureOf(transport.execute(request(server.uri("/h")).headers(sent).build()));

            assertThat(failure).isInstanceOf(TransportException.class)
                    .hasMessageContaining("Authorization").hasMessageNotContaining("secret-token");
        }
    }

    @Test
    void gzip_response_is_decoded_and_its_encoding_headers_dropped() throws Exception {
        byte[] plain = "{\"result\":[]}".repeat(2000).getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.respond(ex, 200, gzip(plain));
        })) {
            HttpResponse response = await(transport.execute(request(server.uri("/g")).build()));

            assertThat(response.body()).isEqualTo(plain);
            assertThat(response.headers().contains("Content-Encoding")).isFalse();
            assertThat(response.headers().contains("Content-Length")).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void deflate_response_is_decoded_zlib_wrapped_or_raw(boolean zlibWrapped) throws Exception {
        byte[] plain = "deflated ".repeat(500).getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            LoopbackServer.respond(ex, 200, deflate(plain, !zlibWrapped));
        })) {
            assertThat(await(transport.execute(request(server.uri("/d")).build())).body()).isEqualTo(plain);
        }
    }

    @Test
    void body_over_the_cap_fails_with_response_too_large() throws Exception {
        try (ApacheTransport small = ApacheTransport.create(CONFIG.withMaxResponseBytes(1000));
             LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, new byte[1001]))) {
            Throwable failure = failureOf(small.execute(request(server.uri("/big")).build()));
            assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
            assertThat(((ResponseTooLargeException) failure).limitBytes()).isEqualTo(1000);

            // exactly at the cap is fine
            try (LoopbackServer exact = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, new byte[1000]))) {
                assertThat(await(small.execute(request(exact.uri("/exact")).build())).bodyLength()).isEqualTo(1000);
            }
        }
    }

    @Test
    void chunked_body_over_the_cap_fails_while_streaming() throws Exception {
        try (ApacheTransport small = ApacheTransport.create(CONFIG.withMaxResponseBytes(10_000));
             LoopbackServer server = new LoopbackServer(ex -> {
                 ex.sendResponseHeaders(200, 0); // chunked, no length announced
                 try (OutputStream out = ex.getResponseBody()) {
                     for (int i = 0; i < 100; i++) {
                         out.write(new byte[1000]);
                         out.flush();
                     }
                 } catch (IOException clientWentAway) {
                     // expected once the cap is hit
                 }
             })) {
            assertThat(failureOf(small.execute(request(server.uri("/chunked")).build())))
                    .isInstanceOf(ResponseTooLargeException.class);
        }
    }

    @Test
    void gzip_bomb_fails_at_the_cap_on_decoded_size() throws Exception {
        byte[] bomb = gzip(new byte[5_000_000]);
        try (ApacheTransport small = ApacheTransport.create(CONFIG.withMaxResponseBytes(100_000));
             LoopbackServer server = new LoopbackServer(ex -> {
                 ex.getResponseHeaders().add("Content-Encoding", "gzip");
                 LoopbackServer.respond(ex, 200, bomb);
             })) {
            assertThat(bomb.length).isLessThan(100_000);
            assertThat(failureOf(small.execute(request(server.uri("/bomb")).build())))
                    .isInstanceOf(ResponseTooLargeException.class);
        }
    }

    @Test
    void truncated_gzip_body_is_a_transport_error() throws Exception {
        byte[] whole = gzip("hello world, hello world".getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 4);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.respond(ex, 200, cut);
        })) {
            assertThat(failureOf(transport.execute(request(server.uri("/cut")).build())))
                    .isExactlyInstanceOf(TransportException.class).hasMessageContaining("/cut");
        }
    }

    @Test
    void silent_server_times_out_in_the_response_phase() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            await(release);
            LoopbackServer.respond(ex, 200, new byte[0]);
        })) {
            long start = System.nanoTime();
            Throwable failure = failureOf(transport.execute(request(server.uri("/slow")).timeout(Duration.ofMillis(300)).build()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            release.countDown();

            assertThat(failure).isInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.RESPONSE);
            assertThat(((TransportTimeoutException) failure).timeout()).isEqualTo(Duration.ofMillis(300));
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void trickling_server_is_stopped_by_the_exchange_deadline() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            try {
                // a byte every 100 ms keeps the socket busy, so only a deadline can end it
                for (int i = 0; i < 200 && done.getCount() > 0; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException stopped) {
                // the client gave up, as it should
            }
            ex.close();
        })) {
            long start = System.nanoTime();
            Throwable failure = failureOf(transport.execute(request(server.uri("/trickle")).timeout(Duration.ofMillis(700)).build()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            done.countDown();

            assertThat(failure).isInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.RESPONSE);
            assertThat(took).isBetween(Duration.ofMillis(650), Duration.ofSeconds(4));
        }
    }

    @Test
    void connection_refused_is_a_transport_error() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Throwable failure = failureOf(transport.execute(request(URI.create("http://127.0.0.1:" + port + "/x")).build()));
        assertThat(failure).isExactlyInstanceOf(TransportException.class).hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void reset_mid_response_is_a_transport_error() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serverThread = new Thread(() -> {
                try (Socket s = listener.accept()) {
                    s.getInputStream().read(new byte[8192]);
                    s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    s.setSoLinger(true, 0); // close with RST
                } catch (IOException ignored) {
                    // the test asserts on the client side
                }
            });
            serverThread.setDaemon(true);
            serverThread.start();

            Throwable failure = failureOf(transport.execute(request(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/r")).build()));
            assertThat(failure).isExactlyInstanceOf(TransportException.class);
        }
    }

    @Test
    void cancelling_aborts_the_exchange_and_releases_the_connection() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            if (ex.getRequestURI().getPath().equals("/hang")) {
                arrived.countDown();
                await(release);
            }
            try {
                LoopbackServer.respond(ex, 200, "fine".getBytes());
            } catch (IOException clientGone) {
                ex.close();
            }
        })) {
            CompletableFuture<HttpResponse> pending = transport.execute(request(server.uri("/hang")).build());
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(pending.cancel(true)).isTrue();
            assertThatThrownBy(pending::join).isInstanceOf(CancellationException.class);

            // with one connection allowed, the next request only succeeds if the first was released
            assertThat(await(transport.execute(request(server.uri("/next")).build())).status()).isEqualTo(200);
            release.countDown();
        }
    }

    @Test
    void sequential_requests_reuse_the_connection() throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, "x".getBytes()))) {
            await(transport.execute(request(server.uri("/1")).build()));
            await(transport.execute(request(server.uri("/2")).build()));
            assertThat(server.take().clientPort()).isEqualTo(server.take().clientPort());
        }
    }

    @Test
    void many_concurrent_requests_complete() throws Exception {
        CountDownLatch all = new CountDownLatch(64);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            all.countDown();
            await(all); // every request is in flight at once before any is answered
            LoopbackServer.respond(ex, 200, ex.getRequestURI().getPath().getBytes());
        })) {
            List<CompletableFuture<HttpResponse>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(transport.execute(request(server.uri("/c" + i)).build()));
            }
            for (int i = 0; i < 64; i++) {
                assertThat(new String(await(futures.get(i)).body(), StandardCharsets.UTF_8)).isEqualTo("/c" + i);
            }
        }
    }

    @Test
    void close_fails_requests_in_flight_and_later_ones() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackServer server = new LoopbackServer(ex -> {
            arrived.countDown();
            await(release);
            ex.close();
        })) {
            CompletableFuture<HttpResponse> pending = transport.execute(request(server.uri("/hang")).build());
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
            transport.close();
            transport.close(); // idempotent
            release.countDown();

            assertThat(failureOf(pending)).isInstanceOf(TransportException.class);
            assertThat(failureOf(transport.execute(request(server.uri("/after")).build())))
                    .isInstanceOf(TransportException.class).hasMessageContaining("closed");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] plain, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(plain);
        }
        return out.toByteArray();
    }
}
