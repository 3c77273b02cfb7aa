package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/**
 * What the shared conformance suite does not already check, or checks less tightly for this
 * transport: more escapes in the request target, an IPv6 loopback host, raw deflate, a
 * truncated gzip body, and the request timeout starting once connected (the connect timeout
 * here is 5 s, so only that can explain a trickling body failing within 4 s).
 */
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
    @ValueSource(strings = {"/a%2Fb/c%25d/%5B::1%5D", "/x/%41%3a%3A/./y?q=%2F"})
    void other_escapes_in_the_target_are_not_touched(String rawPath) throws Exception {
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
    void responses_are_handed_over_once_the_connection_is_back_in_the_pool() throws Exception {
        // with no fallback, a response would wait forever if HttpClient never reported the release
        try (ApacheTransport waitsForRelease = ApacheTransport.builder().config(CONFIG).releaseGrace(Duration.ofDays(1)).build();
             LoopbackServer server = new LoopbackServer(ex -> {
                 String path = ex.getRequestURI().getPath();
                 LoopbackServer.respond(ex, path.startsWith("/empty") ? 204 : 200, path.startsWith("/empty") ? new byte[0] : path.getBytes());
             })) {
            java.util.Set<Integer> clientPorts = new java.util.HashSet<>();
            for (int i = 0; i < 20; i++) {
                String path = (i % 2 == 0 ? "/body" : "/empty") + i; // with and without a response body
                HttpResponse response = await(waitsForRelease.execute(request(server.uri(path)).build()));
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(i % 2 == 0 ? path : "");
                clientPorts.add(server.take().clientPort());
            }
            assertThat(clientPorts).as("client ports").hasSize(1);
        }
    }

    @Test
    void null_inputs_get_typed_errors_not_null_pointer_exceptions() throws Exception {
        assertThat(failureOf(transport.execute(null))).isInstanceOf(TransportException.class).hasMessageContaining("null");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApacheTransport.builder().config(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("config");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApacheTransport.builder().client(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApacheTransportProvider().create(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("config");
    }

    @Test
    void head_answer_announcing_a_large_body_is_not_held_against_the_cap() throws Exception {
        try (ApacheTransport small = ApacheTransport.create(CONFIG.withMaxResponseBytes(1000));
             LoopbackServer server = new LoopbackServer(ex -> {
                 ex.getResponseHeaders().add("Content-Length", "5000");
                 ex.sendResponseHeaders(200, -1);
                 ex.close();
             })) {
            HttpResponse response = await(small.execute(request(server.uri("/head")).method("HEAD").build()));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Length")).contains("5000");
            assertThat(response.bodyLength()).isZero();
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
    void trickling_server_is_stopped_by_the_exchange_deadline() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.trickle(done))) {
            long start = System.nanoTime();
            Throwable failure = failureOf(transport.execute(request(server.uri("/trickle")).timeout(Duration.ofMillis(700)).build()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            done.countDown();

            assertThat(failure).isInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.RESPONSE);
            assertThat(took).isBetween(Duration.ofMillis(650), Duration.ofSeconds(4));
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
