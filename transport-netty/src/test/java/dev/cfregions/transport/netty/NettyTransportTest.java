package dev.cfregions.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Behaviour specific to the Netty transport, beyond the shared conformance suite: exact framing
 * on the wire, pooling (reuse, limits, queue bound, idle expiry, connections not reused after a
 * failure), connect-phase timeouts other than TCP, IPv6 loopback.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NettyTransportTest {
    /** Lent to most transports here: an owned group's close() waits a second for Netty's housekeeping thread. */
    private static EventLoopGroup shared;
    private final List<AutoCloseable> resources = new ArrayList<>();

    @BeforeAll
    static void startGroup() {
        shared = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopGroup() {
        shared.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable r : resources) {
            r.close();
        }
    }

    private RawHttpServer server(RawHttpServer.Responder responder) throws IOException {
        RawHttpServer s = new RawHttpServer(responder);
        resources.add(s);
        return s;
    }

    private NettyTransport transport(NettyTransport.Builder builder) {
        NettyTransport t = builder.eventLoopGroup(shared).build();
        resources.add(0, t);
        return t;
    }

    private NettyTransport transport() {
        return transport(NettyTransport.builder());
    }

    static HttpRequest request(String method, String url, String body) {
        return HttpRequest.builder().method(method).uri(URI.create(url))
                .body(body == null ? null : body.getBytes(StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(5)).build();
    }

    static HttpResponse await(CompletableFuture<HttpResponse> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    static Throwable failureOf(CompletableFuture<HttpResponse> f) {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("expected the future to fail, got " + e, e);
        }
        throw new AssertionError("expected the future to fail, but it succeeded");
    }

    @Test
    void sendsEveryMethodWithItsBodyAndExactFraming() throws Exception {
        RawHttpServer server = server((r, s, out) -> RawHttpServer.ok(out, r.method()));
        NettyTransport transport = transport();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            String body = "{\"items\":[\"" + method + "\"]}";
            HttpResponse response = await(transport.execute(request(method, server.url("/items"), body)));
            RawHttpServer.Recorded seen = server.takeRequest();
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(method);
            assertThat(seen.requestLine()).isEqualTo(method + " /items HTTP/1.1");
            assertThat(new String(seen.body(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(seen.header("Content-Length")).isEqualTo(Integer.toString(body.length()));
            assertThat(seen.header("Transfer-Encoding")).isNull();
        }
        await(transport.execute(request("GET", server.url("/items"), null)));
        RawHttpServer.Recorded get = server.takeRequest();
        assertThat(get.header("Content-Length")).isNull();
        assertThat(get.header("Host")).isEqualTo("127.0.0.1:" + server.port());
        assertThat(get.header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(get.header("User-Agent")).isNull();
    }

    @Test
    void reachesAnIpv6LoopbackLiteral() throws Exception {
        RawHttpServer server = new RawHttpServer((r, s, out) -> RawHttpServer.ok(out, "v6"), null,
                java.net.InetAddress.getByName("::1"));
        resources.add(server);
        String url = "http://[::1]:" + server.port() + "/x/2001:db8::1";
        HttpResponse response = await(transport().execute(request("DELETE", url, "{\"id\":1}")));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("v6");
        RawHttpServer.Recorded seen = server.takeRequest();
        assertThat(seen.header("Host")).isEqualTo("[::1]:" + server.port());
        assertThat(seen.target()).isEqualTo("/x/2001:db8::1");
    }

    @Test
    void bracketsIpv6LiteralsInTheHostHeaderAndOmitsDefaultPorts() {
        assertThat(Origin.of(URI.create("http://[2001:DB8::1]:8080/x")).hostHeader()).isEqualTo("[2001:db8::1]:8080");
        assertThat(Origin.of(URI.create("https://[::1]/x")).hostHeader()).isEqualTo("[::1]");
        assertThat(Origin.of(URI.create("https://api.example.com:443/x")).hostHeader()).isEqualTo("api.example.com");
        assertThat(Origin.of(URI.create("http://api.example.com/x")).port()).isEqualTo(80);
        assertThat(Origin.of(URI.create("https://[::1]/x")).host()).isEqualTo("::1");
    }

    @Test
    void rejectsADeclaredLengthOverTheCapAndDoesNotReuseTheConnection() throws Exception {
        RawHttpServer server = server((r, s, out) -> RawHttpServer.ok(out, r.target().equals("/big") ? "x".repeat(2_000) : "small"));
        NettyTransport transport = transport(NettyTransport.builder()
                .config(TransportConfig.defaults().withMaxResponseBytes(1_000)));
        assertThat(failureOf(transport.execute(request("GET", server.url("/big"), null))))
                .isInstanceOf(ResponseTooLargeException.class);
        assertThat(await(transport.execute(request("GET", server.url("/small"), null))).status()).isEqualTo(200);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aBodyOfExactlyTheCapIsAcceptedAndOneByteMoreIsNot() throws Exception {
        RawHttpServer server = server((r, s, out) -> {
            int size = Integer.parseInt(r.target().substring(1));
            // Chunked, so the cap is enforced while reading rather than from a declared length.
            out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(size) + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write("y".repeat(size).getBytes(StandardCharsets.ISO_8859_1));
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        });
        NettyTransport transport = transport(NettyTransport.builder()
                .config(TransportConfig.defaults().withMaxResponseBytes(1_000)));
        assertThat(await(transport.execute(request("GET", server.url("/1000"), null))).bodyLength()).isEqualTo(1_000);
        assertThat(failureOf(transport.execute(request("GET", server.url("/1001"), null))))
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void reusesKeepAliveConnectionsButNotClosedOnes() throws Exception {
        RawHttpServer server = server((r, s, out) -> {
            if (r.target().equals("/close")) {
                RawHttpServer.ok(out, "bye", "Connection: close");
                s.close();
            } else {
                RawHttpServer.ok(out, "hi");
            }
        });
        NettyTransport transport = transport();
        for (int i = 0; i < 5; i++) {
            await(transport.execute(request("GET", server.url("/keep"), null)));
        }
        assertThat(server.connections()).isEqualTo(1);
        await(transport.execute(request("GET", server.url("/close"), null)));
        await(transport.execute(request("GET", server.url("/keep"), null)));
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void closesConnectionsIdleLongerThanTheLimitInsteadOfReusingThem() throws Exception {
        RawHttpServer server = server((r, s, out) -> RawHttpServer.ok(out, "hi"));
        NettyTransport transport = transport(NettyTransport.builder().maxIdleTime(Duration.ofMillis(100)));
        await(transport.execute(request("GET", server.url("/1"), null)));
        await(transport.execute(request("GET", server.url("/2"), null)));
        assertThat(server.connections()).isEqualTo(1);
        Thread.sleep(300);
        await(transport.execute(request("GET", server.url("/3"), null)));
        assertThat(server.connections()).isEqualTo(2);
        awaitCondition(() -> server.closedByClient() == 1);
    }

    @Test
    void responseTimeoutIsTypedAndClosesTheConnection() throws Exception {
        RawHttpServer server = server((r, s, out) -> RawHttpServer.stallUntilClientCloses(s));
        NettyTransport transport = transport();
        HttpRequest slow = request("GET", server.url("/slow"), null).toBuilder().timeout(Duration.ofMillis(300)).build();
        long start = System.nanoTime();
        Throwable failure = failureOf(transport.execute(slow));
        assertThat(failure).isInstanceOf(TransportTimeoutException.class);
        assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.RESPONSE);
        assertThat(((TransportTimeoutException) failure).timeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        awaitCondition(() -> server.closedByClient() == 1);
    }

    @Test
    void anAbsurdlyLongTimeoutIsJustLong() throws Exception {
        RawHttpServer server = server((r, s, out) -> RawHttpServer.ok(out, "fine"));
        NettyTransport transport = transport(NettyTransport.builder().maxIdleTime(Duration.ofSeconds(Long.MAX_VALUE))
                .config(TransportConfig.defaults().withConnectTimeout(Duration.ofSeconds(Long.MAX_VALUE))));
        HttpRequest forever = request("GET", server.url("/"), null).toBuilder().timeout(Duration.ofSeconds(Long.MAX_VALUE)).build();
        assertThat(await(transport.execute(forever)).status()).isEqualTo(200);
    }

    @Test
    void aTlsHandshakeThatNeverFinishesTimesOutInTheConnectPhase() throws Exception {
        // Accepts TCP connections and never says a word: the ClientHello goes unanswered.
        try (SilentServer silent = new SilentServer()) {
            NettyTransport transport = transport(NettyTransport.builder()
                    .config(TransportConfig.defaults().withConnectTimeout(Duration.ofMillis(300))));
            String url = "https://127.0.0.1:" + silent.port() + "/";
            // The first TLS connection of a JVM can spend the whole 300 ms setting up the JDK's TLS
            // machinery before its TCP connect; the second one gets as far as the handshake.
            failureOf(transport.execute(request("GET", url, null)));
            Throwable failure = failureOf(transport.execute(request("GET", url, null)));
            assertThat(failure).isInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.CONNECT);
            assertThat(silent.accepted()).as("connections that reached the stalled handshake").isPositive();
        }
    }

    @Test
    void waitingTooLongForAPooledConnectionTimesOutInTheConnectPhase() throws Exception {
        RawHttpServer server = server((r, s, out) -> RawHttpServer.stallUntilClientCloses(s));
        NettyTransport transport = transport(NettyTransport.builder().maxConnectionsPerHost(1)
                .config(TransportConfig.defaults().withConnectTimeout(Duration.ofMillis(300))));
        CompletableFuture<HttpResponse> holder = transport.execute(request("GET", server.url("/hold"), null));
        server.takeRequest();
        Throwable failure = failureOf(transport.execute(request("GET", server.url("/wait"), null)));
        assertThat(failure).isInstanceOf(TransportTimeoutException.class);
        assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.CONNECT);
        assertThat(holder).isNotDone();
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void readsACloseDelimitedBody() throws Exception {
        RawHttpServer server = server((r, s, out) -> {
            out.write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.close();
        });
        NettyTransport transport = transport();
        for (int i = 0; i < 2; i++) {
            HttpResponse response = await(transport.execute(request("GET", server.url("/eof"), null)));
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("until the end");
        }
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void manyConcurrentRequestsAllCompleteWithinTheConnectionLimit() throws Exception {
        AtomicInteger inHandler = new AtomicInteger();
        AtomicInteger maxInHandler = new AtomicInteger();
        RawHttpServer server = server((r, s, out) -> {
            maxInHandler.accumulateAndGet(inHandler.incrementAndGet(), Math::max);
            Thread.sleep(20);
            inHandler.decrementAndGet();
            RawHttpServer.ok(out, r.target());
        });
        NettyTransport transport = transport(NettyTransport.builder().maxConnectionsPerHost(4));
        List<CompletableFuture<HttpResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            futures.add(transport.execute(request("GET", server.url("/n/" + i), null)));
        }
        for (int i = 0; i < futures.size(); i++) {
            assertThat(new String(await(futures.get(i)).body(), StandardCharsets.UTF_8)).isEqualTo("/n/" + i);
        }
        assertThat(server.connections()).isLessThanOrEqualTo(4);
        assertThat(maxInHandler.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void queueBeyondItsBoundFailsFast() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RawHttpServer server = server((r, s, out) -> {
            release.await(10, TimeUnit.SECONDS);
            RawHttpServer.ok(out, "ok");
        });
        NettyTransport transport = transport(NettyTransport.builder().maxConnectionsPerHost(1).maxPendingRequestsPerHost(1));
        CompletableFuture<HttpResponse> first = transport.execute(request("GET", server.url("/1"), null));
        server.takeRequest();
        CompletableFuture<HttpResponse> second = transport.execute(request("GET", server.url("/2"), null));
        Throwable third = failureOf(transport.execute(request("GET", server.url("/3"), null)));
        assertThat(third).isInstanceOf(TransportException.class).hasMessageContaining("Too many requests waiting");
        release.countDown();
        assertThat(await(first).status()).isEqualTo(200);
        assertThat(await(second).status()).isEqualTo(200);
    }

    @Test
    void aHeaderValueWithALineBreakFailsNamingTheHeaderNotTheValue() {
        HttpRequest bad = HttpRequest.builder().uri(URI.create("http://127.0.0.1:9/x"))
                .headers(HttpHeaders.builder().add("Authorization", "Bearer secret-token\n").build()).build();
        Throwable failure = failureOf(transport().execute(bad));
        assertThat(failure).isInstanceOf(TransportException.class).hasMessageContaining("Authorization")
                .hasMessageNotContaining("secret-token");
        HttpRequest control = HttpRequest.builder().uri(URI.create("http://127.0.0.1:9/x"))
                .headers(HttpHeaders.builder().add("X-Auth-Key", "key\u000bsecret").build()).build();
        assertThat(failureOf(transport().execute(control))).isInstanceOf(TransportException.class)
                .hasMessageContaining("X-Auth-Key").hasMessageNotContaining("secret");
    }

    static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
