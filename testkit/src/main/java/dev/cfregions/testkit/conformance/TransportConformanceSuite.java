package dev.cfregions.testkit.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/**
 * The behaviour every {@link HttpTransport} must show, as JUnit 5 tests against loopback peers
 * the suite runs itself (the JDK's {@code HttpServer}/{@code HttpsServer} and raw sockets on
 * 127.0.0.1). A transport module runs it by extending it and saying how to build its transport:
 *
 * <pre>{@code
 * class MyTransportConformanceTest extends TransportConformanceSuite {
 *     @Override
 *     protected HttpTransport createTransport(TransportConfig config) {
 *         return MyTransport.builder().config(config).build();
 *     }
 * }
 * }</pre>
 *
 * <p>Covered: every method, PATCH, PUT and DELETE with bodies included; raw paths (an IPv6
 * literal, plain and percent-encoded) sent byte for byte; headers both ways, case-insensitive
 * and repeated; no {@code User-Agent} of the transport's own; empty, large, chunked, gzip and
 * deflate bodies, and corrupt ones (cut short, without trailer, with a bad checksum) failing; the body cap, before and after decoding; any status completing normally,
 * 429 and 503 not retried, redirects not followed; request and connect timeouts (a stalled TLS handshake included) with
 * their {@link TransportTimeoutException.Phase}; {@code execute} returning before the network
 * answers; cancellation closing the connection; refused, reset, truncated, non-HTTP and
 * dropped connections (and no retry); 64 requests in flight together; connection reuse;
 * {@code close()} failing requests in flight and leaving no thread behind; HTTPS with a
 * trusted CA, a wrong hostname and an untrusted certificate; header values that would inject
 * lines, refused without echoing them; an HTTP proxy (plain http forwarded with an absolute
 * target, https tunnelled with {@code CONNECT}, basic credentials sent to the proxy only and
 * never shown, the no-proxy list honoured), through a small loopback proxy. Each test creates and closes its own transport and
 * peer, and takes well under a second except where it waits on purpose.
 */
public abstract class TransportConformanceSuite {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /**
     * The TLS refusal cases assert that a refused handshake is not reported as a timeout; a JVM's
     * first handshake can take seconds of CPU on a loaded 2-core machine, so they get room for it.
     */
    private static final Duration TLS_REFUSAL_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final long WAIT_SECONDS = 10;
    private static final SSLContext CLIENT_TLS = TestTls.clientContext();

    private ConformancePeer peer;

    /**
     * {@return a new transport built from {@code config}, which the suite closes} Tests pass short
     * timeouts, small body caps, or an {@code SSLContext} that trusts only the suite's test CA.
     *
     * @param config the settings the transport must apply
     */
    protected abstract HttpTransport createTransport(TransportConfig config);

    /**
     * {@return whether {@code thread} belongs to the wrapped library as a whole rather than to one
     * transport: shared by every client of that library in the JVM and ending on its own} Such a
     * thread is reported, not failed, by the {@code closeLeavesNoThreadBehind} test; override only for
     * threads the library gives no way to stop, and say so in the transport's documentation.
     *
     * @param thread a live thread
     */
    protected boolean isSharedLibraryThread(Thread thread) {
        return false;
    }

    /** {@return the config most tests use: 2 s to connect, 16 MiB of body, trusting the test CA} */
    protected TransportConfig config() {
        return TransportConfig.defaults().withConnectTimeout(CONNECT_TIMEOUT).withSslContext(CLIENT_TLS);
    }

    @BeforeEach
    void startPeer() {
        peer = ConformancePeer.http();
    }

    @AfterEach
    void stopPeer() {
        peer.close();
    }

    // ---- methods and request bodies -------------------------------------------------------

    @Test
    @Timeout(15)
    void getSendsNoBody() throws Exception {
        assertSentAsIs("GET", new byte[0]);
    }

    @Test
    @Timeout(15)
    void postSendsItsBody() throws Exception {
        assertSentAsIs("POST", json("{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}"));
    }

    @Test
    @Timeout(15)
    void postWithoutBodySendsAnEmptyOne() throws Exception {
        assertSentAsIs("POST", new byte[0]);
    }

    @Test
    @Timeout(15)
    void putSendsItsBody() throws Exception {
        assertSentAsIs("PUT", json("{\"origin_ip\":\"2001:db8::1\",\"vendor\":\"gcp\",\"region\":\"us-central1\"}"));
    }

    @Test
    @Timeout(15)
    void patchSendsItsBody() throws Exception {
        assertSentAsIs("PATCH", json("{\"ip\":\"192.0.2.1\",\"vendor\":\"azure\",\"region\":\"eastus\"}"));
    }

    @Test
    @Timeout(15)
    void deleteWithBodySendsIt() throws Exception {
        assertSentAsIs("DELETE", json("[\"192.0.2.1\",\"2001:db8::1\"]"));
    }

    @Test
    @Timeout(15)
    void deleteWithoutBodySendsNone() throws Exception {
        assertSentAsIs("DELETE", new byte[0]);
    }

    @Test
    @Timeout(15)
    void largeRequestBodyArrivesWhole() throws Exception {
        assertSentAsIs("PATCH", PeerRoutes.pattern(1024 * 1024));
    }

    private void assertSentAsIs(String method, byte[] body) throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request(method, peer.uri("/echo/" + method), body)));
            RecordedRequest received = peer.takeRequest();
            assertAll(
                    () -> assertEquals(method, received.method(), "method the peer received"),
                    () -> assertArrayEquals(body, received.body(), "body the peer received"),
                    () -> assertEquals(200, response.status()),
                    () -> assertEquals(method, response.headers().firstValue("X-Echo-Method").orElse(null)),
                    () -> assertArrayEquals(body, response.body(), "echoed body"));
        }
    }

    // ---- raw paths ---------------------------------------------------------------------------

    @Test
    @Timeout(15)
    void pathWithLiteralIpv6ColonsIsSentByteForByte() throws Exception {
        assertTargetSentAsIs("/echo/x/2001:db8::1");
    }

    @Test
    @Timeout(15)
    void pathWithPercentEncodedColonsIsSentByteForByte() throws Exception {
        assertTargetSentAsIs("/echo/x/2001%3Adb8%3A%3A1");
    }

    @Test
    @Timeout(15)
    void queryIsSentByteForByte() throws Exception {
        assertTargetSentAsIs("/echo/q?per_page=2&page=1&match=a%2Cb%3A");
    }

    private void assertTargetSentAsIs(String rawTarget) throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            URI uri = peer.uri(rawTarget);
            assertEquals(200, await(transport.execute(request("GET", uri, new byte[0]))).status());
            assertEquals(rawTarget, peer.takeRequest().rawTarget(), "request target on the wire");
        }
    }

    // ---- headers -----------------------------------------------------------------------------

    @Test
    @Timeout(15)
    void requestHeadersArriveWithRepeatedValues() throws Exception {
        HttpHeaders headers = HttpHeaders.builder()
                .add("X-Multi", "a")
                .add("x-multi", "b")
                .add("Content-Type", "application/json; charset=utf-8")
                .add("User-Agent", "cfregions-conformance/1.0")
                .add("Authorization", "Bearer conformance-token")
                .build();
        try (HttpTransport transport = createTransport(config())) {
            await(transport.execute(request("POST", peer.uri("/echo/headers"), json("{}")).toBuilder().headers(headers).build()));
            RecordedRequest received = peer.takeRequest();
            assertAll(
                    () -> assertEquals(List.of("a", "b"), received.splitValues("X-MULTI"), "repeated header values, in order"),
                    () -> assertEquals(List.of("application/json; charset=utf-8"), received.headers().allValues("content-type")),
                    () -> assertEquals(List.of("cfregions-conformance/1.0"), received.headers().allValues("user-agent"),
                            "the caller's User-Agent, alone"),
                    () -> assertEquals(List.of("Bearer conformance-token"), received.headers().allValues("authorization")));
        }
    }

    @Test
    @Timeout(15)
    void sendsNoUserAgentOfItsOwn() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            await(transport.execute(request("GET", peer.uri("/echo/no-agent"), new byte[0])));
            assertEquals(List.of(), peer.takeRequest().headers().allValues("User-Agent"),
                    "core adds the User-Agent; the transport must not add its own");
        }
    }

    @Test
    @Timeout(15)
    void responseHeadersAreCaseInsensitiveAndKeepRepeatedValues() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request("GET", peer.uri("/echo/reply"), new byte[0])));
            List<String> replies = new ArrayList<>();
            response.headers().allValues("x-REPLY").forEach(v -> List.of(v.split(",")).forEach(p -> replies.add(p.trim())));
            assertEquals(List.of("one", "two"), replies, "both X-Reply values, in order");
            assertEquals("application/octet-stream", response.headers().firstValue("CONTENT-TYPE").orElse(null));
        }
    }

    @Test
    @Timeout(15)
    void headerValueThatWouldInjectALineFailsWithoutRevealingIt() throws Exception {
        String secret = "secret-key-4711";
        HttpHeaders headers = HttpHeaders.builder().add("X-Auth-Key", secret + "\r\nX-Injected: yes").build();
        try (HttpTransport transport = createTransport(config())) {
            HttpRequest bad = request("GET", peer.uri("/echo/injected"), new byte[0]).toBuilder().headers(headers).build();
            CompletableFuture<HttpResponse> future = assertDoesNotThrow(() -> transport.execute(bad), "execute must not throw");
            TransportException e = failure(future, TransportException.class);
            for (Throwable t = e; t != null; t = t.getCause()) {
                String text = t + " " + t.getMessage();
                assertFalse(text.contains(secret), "a header value leaked into an exception: " + t.getClass().getName());
            }
            Thread.sleep(200);
            assertEquals(0, peer.pendingRequests(), "a request with an illegal header value must not be sent");
        }
    }

    // ---- statuses ----------------------------------------------------------------------------

    @Test
    @Timeout(15)
    void errorStatusesCompleteNormally() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            for (int status : new int[] {400, 404, 429, 500, 503}) {
                HttpResponse response = await(transport.execute(request("GET", peer.uri("/status/" + status), new byte[0])));
                assertEquals(status, response.status());
                assertEquals("{\"status\":" + status + "}", new String(response.body(), UTF_8));
            }
        }
    }

    @Test
    @Timeout(15)
    void retryableStatusesAreReturnedNotRetried() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            for (int status : new int[] {429, 503}) {
                HttpResponse response = await(transport.execute(request("GET", peer.uri("/status/" + status), new byte[0])));
                assertEquals(status, response.status());
                assertEquals("0", response.headers().firstValue("Retry-After").orElse(null), "Retry-After reaches core");
                peer.takeRequest();
                Thread.sleep(200);
                assertEquals(0, peer.pendingRequests(), status + " with Retry-After: 0 was retried by the transport");
            }
        }
    }

    @Test
    @Timeout(15)
    void redirectIsReturnedNotFollowed() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request("GET", peer.uri("/status/302"), new byte[0])));
            assertEquals(302, response.status());
            assertEquals("/echo/redirected", response.headers().firstValue("location").orElse(null));
            peer.takeRequest();
            Thread.sleep(200);
            assertEquals(0, peer.pendingRequests(), "the redirect was followed");
        }
    }

    @Test
    @Timeout(15)
    void noContentHasAnEmptyBody() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request("DELETE", peer.uri("/status/204"), new byte[0])));
            assertEquals(204, response.status());
            assertEquals(0, response.bodyLength());
        }
    }

    // ---- response bodies ---------------------------------------------------------------------

    @Test
    @Timeout(15)
    void emptyBodyIsEmpty() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request("GET", peer.uri("/empty"), new byte[0])));
            assertEquals(200, response.status());
            assertEquals(0, response.bodyLength());
        }
    }

    @Test
    @Timeout(15)
    void listOf3500MappingsArrivesWhole() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            URI list = peer.uri("/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/cache/origin_cloud_regions");
            HttpResponse response = await(transport.execute(request("GET", list, new byte[0])));
            assertEquals(200, response.status());
            assertArrayEquals(PeerRoutes.listBody(), response.body(), "list body bytes");
            assertEquals(PeerRoutes.LIST_SIZE, occurrences(new String(response.body(), UTF_8), "\"origin-ip\""));
        }
    }

    @Test
    @Timeout(15)
    void chunkedBodyIsReadCompletely() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request("GET", peer.uri("/chunked/200000"), new byte[0])));
            assertArrayEquals(PeerRoutes.pattern(200_000), response.body());
        }
    }

    @Test
    @Timeout(15)
    void gzipBodyIsAskedForAndDecoded() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request("GET", peer.uri("/gzip/50000"), new byte[0])));
            RecordedRequest received = peer.takeRequest();
            assertAll(
                    () -> assertTrue(received.splitValues("Accept-Encoding").stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).startsWith("gzip")),
                            () -> "Accept-Encoding sent: " + received.headers().allValues("Accept-Encoding")),
                    () -> assertArrayEquals(PeerRoutes.pattern(50_000), response.body(), "decoded body"),
                    () -> assertFalse(response.headers().allValues("Content-Encoding").toString().contains("gzip"),
                            "a decoded body must not still be labelled gzip"));
        }
    }

    @Test
    @Timeout(15)
    void deflateBodyIsDecoded() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            HttpResponse response = await(transport.execute(request("GET", peer.uri("/deflate/50000"), new byte[0])));
            assertArrayEquals(PeerRoutes.pattern(50_000), response.body(), "decoded body");
        }
    }

    @Test
    @Timeout(15)
    void gzipBodyCutInHalfFails() throws Exception {
        assertCorruptBodyFails("/corrupt/gzip/truncated");
    }

    @Test
    @Timeout(15)
    void gzipBodyWithoutItsTrailerFails() throws Exception {
        assertCorruptBodyFails("/corrupt/gzip/no-trailer");
    }

    @Test
    @Timeout(15)
    void gzipBodyWithABadCrcFails() throws Exception {
        assertCorruptBodyFails("/corrupt/gzip/bad-checksum");
    }

    @Test
    @Timeout(15)
    void deflateBodyCutInHalfFails() throws Exception {
        assertCorruptBodyFails("/corrupt/deflate/truncated");
        assertCorruptBodyFails("/corrupt/raw-deflate/truncated");
    }

    @Test
    @Timeout(15)
    void deflateBodyWithoutItsAdlerTrailerFails() throws Exception {
        assertCorruptBodyFails("/corrupt/deflate/no-trailer");
    }

    @Test
    @Timeout(15)
    void deflateBodyWithABadAdlerChecksumFails() throws Exception {
        assertCorruptBodyFails("/corrupt/deflate/bad-checksum");
    }

    /**
     * The body is framed correctly (its exact length), so only the decoder can tell that the
     * compressed stream is broken; a short or unchecked body handed on as a 200 would reach the
     * JSON parser as a truncated document, or worse, pass as a shorter valid one.
     */
    private void assertCorruptBodyFails(String path) throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            TransportException e = failure(transport.execute(request("GET", peer.uri(path), new byte[0])), TransportException.class);
            assertFalse(e instanceof TransportTimeoutException || e instanceof ResponseTooLargeException,
                    path + " is neither a timeout nor an oversized body: " + chain(e));
            // The connection the broken body came on must not poison the next exchange.
            assertArrayEquals(PeerRoutes.pattern(1000), await(transport.execute(request("GET", peer.uri("/gzip/1000"), new byte[0]))).body(),
                    "the transport still works after " + path);
        }
    }

    @Test
    @Timeout(15)
    void bodyAtTheCapIsAccepted() throws Exception {
        try (HttpTransport transport = createTransport(config().withMaxResponseBytes(4096))) {
            assertEquals(4096, await(transport.execute(request("GET", peer.uri("/bytes/4096"), new byte[0]))).bodyLength());
            assertEquals(4096, await(transport.execute(request("GET", peer.uri("/chunked/4096"), new byte[0]))).bodyLength());
        }
    }

    @Test
    @Timeout(15)
    void bodyOverTheCapFails() throws Exception {
        try (HttpTransport transport = createTransport(config().withMaxResponseBytes(4096))) {
            for (String path : List.of("/bytes/4097", "/chunked/4097", "/chunked/3000000")) {
                ResponseTooLargeException e = failure(transport.execute(request("GET", peer.uri(path), new byte[0])),
                        ResponseTooLargeException.class);
                assertEquals(4096, e.limitBytes(), path);
            }
        }
    }

    @Test
    @Timeout(15)
    void decodedBodyOverTheCapFails() throws Exception {
        try (HttpTransport transport = createTransport(config().withMaxResponseBytes(64 * 1024))) {
            // About 1 KB on the wire, 2 MB once decoded.
            ResponseTooLargeException e = failure(transport.execute(request("GET", peer.uri("/gzip-zeros/2000000"), new byte[0])),
                    ResponseTooLargeException.class);
            assertEquals(64 * 1024, e.limitBytes());
        }
    }

    // ---- timeouts ----------------------------------------------------------------------------

    @Test
    @Timeout(15)
    void slowResponseTimesOutInResponsePhase() throws Exception {
        assertResponseTimeout("/delay/8000");
    }

    @Test
    @Timeout(15)
    void slowBodyTimesOutInResponsePhase() throws Exception {
        assertResponseTimeout("/slow-body/8000");
    }

    private void assertResponseTimeout(String path) throws Exception {
        Duration timeout = Duration.ofMillis(500);
        try (HttpTransport transport = createTransport(config())) {
            // Connect first, so the timed request finds a pooled connection even on a loaded machine.
            await(transport.execute(request("GET", peer.uri("/echo/warm-up"), new byte[0])));
            long start = System.nanoTime();
            CompletableFuture<HttpResponse> future = transport.execute(request("GET", peer.uri(path), new byte[0]).toBuilder().timeout(timeout).build());
            TransportTimeoutException e = failure(future, TransportTimeoutException.class);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(
                    () -> assertEquals(TransportTimeoutException.Phase.RESPONSE, e.phase(), () -> chain(e)),
                    () -> assertEquals(timeout, e.timeout(), "the timeout that elapsed"),
                    () -> assertTrue(elapsedMillis >= timeout.toMillis() / 2, "failed after only " + elapsedMillis + " ms"),
                    () -> assertTrue(elapsedMillis < 4000, "took " + elapsedMillis + " ms to time out"));
        }
    }

    @Test
    @Timeout(15)
    void unansweredConnectTimesOutInConnectPhase() throws Exception {
        Duration connectTimeout = Duration.ofMillis(400);
        try (FullBacklogPort port = FullBacklogPort.open();
                HttpTransport transport = createTransport(config().withConnectTimeout(connectTimeout))) {
            long start = System.nanoTime();
            TransportTimeoutException e = failure(transport.execute(request("GET", port.uri("/never"), new byte[0])),
                    TransportTimeoutException.class);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(
                    () -> assertEquals(TransportTimeoutException.Phase.CONNECT, e.phase(), () -> chain(e)),
                    () -> assertEquals(connectTimeout, e.timeout(), "the timeout that elapsed"),
                    () -> assertTrue(elapsedMillis < 4000, "took " + elapsedMillis + " ms to time out"));
        }
    }

    @Test
    @Timeout(15)
    void stalledTlsHandshakeTimesOutInConnectPhase() throws Exception {
        Duration connectTimeout = Duration.ofMillis(400);
        // The peer accepts TCP and then never says a word, so the TLS handshake cannot finish.
        try (RawSocketPeer silent = RawSocketPeer.start(RawEffect.HOLD_OPEN);
                HttpTransport transport = createTransport(config().withConnectTimeout(connectTimeout))) {
            URI https = URI.create(silent.uri("/handshake").toString().replaceFirst("^http:", "https:"));
            long start = System.nanoTime();
            TransportTimeoutException e = failure(transport.execute(request("GET", https, new byte[0])), TransportTimeoutException.class);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertAll(
                    () -> assertEquals(TransportTimeoutException.Phase.CONNECT, e.phase(), () -> chain(e)),
                    () -> assertEquals(connectTimeout, e.timeout(), "the connect timeout covers the TLS handshake"),
                    () -> assertTrue(elapsedMillis < 4000, "took " + elapsedMillis + " ms to time out"));
        }
    }

    @Test
    @Timeout(15)
    void executeReturnsWithoutWaitingForTheNetwork() throws Exception {
        try (FullBacklogPort port = FullBacklogPort.open();
                HttpTransport transport = createTransport(config().withConnectTimeout(Duration.ofSeconds(3)))) {
            // One exchange first, so class loading and lazy set-up are not mistaken for blocking.
            await(transport.execute(request("GET", peer.uri("/echo/warm-up"), new byte[0])));
            long start = System.nanoTime();
            CompletableFuture<HttpResponse> future = transport.execute(request("GET", port.uri("/stalled"), new byte[0]));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertFalse(future.isDone(), "a connect that cannot finish yet already completed: " + future);
            assertTrue(elapsedMillis < 1000, "execute() blocked the caller for " + elapsedMillis + " ms");
            future.cancel(true);
        }
    }

    // ---- cancellation ------------------------------------------------------------------------

    @Test
    @Timeout(15)
    void cancellingAPendingFutureClosesItsConnection() throws Exception {
        try (RawSocketPeer hanging = RawSocketPeer.start(RawEffect.HOLD_OPEN);
                HttpTransport transport = createTransport(config())) {
            CompletableFuture<HttpResponse> future = transport.execute(request("GET", hanging.uri("/hang"), new byte[0]));
            assertTrue(hanging.awaitRequest(5000), "the request never reached the peer");
            assertTrue(future.cancel(true));
            assertTrue(future.isCancelled());
            assertThrows(CancellationException.class, () -> future.get(1, TimeUnit.SECONDS));
            assertTrue(hanging.awaitClientClosed(5000), "the cancelled exchange's connection was not closed");

            HttpResponse after = await(transport.execute(request("GET", peer.uri("/echo/after-cancel"), new byte[0])));
            assertEquals(200, after.status(), "the transport still works after a cancel");
        }
    }

    // ---- connection failures -----------------------------------------------------------------

    @Test
    @Timeout(15)
    void refusedConnectionFailsWithTransportException() throws Exception {
        URI nobodyListens = URI.create("http://127.0.0.1:" + freePort() + "/refused");
        try (HttpTransport transport = createTransport(config())) {
            TransportException e = failure(transport.execute(request("GET", nobodyListens, new byte[0])), TransportException.class);
            assertFalse(e instanceof TransportTimeoutException, "refused is not a timeout: " + e);
        }
    }

    @Test
    @Timeout(15)
    void resetMidResponseFailsWithTransportException() throws Exception {
        try (RawSocketPeer resetting = RawSocketPeer.start(RawEffect.RESET_MID_BODY);
                HttpTransport transport = createTransport(config())) {
            TransportException e = failure(transport.execute(request("GET", resetting.uri("/reset"), new byte[0])),
                    TransportException.class);
            assertFalse(e instanceof TransportTimeoutException || e instanceof ResponseTooLargeException,
                    "a reset is neither a timeout nor an oversized body: " + chain(e));
        }
    }

    @Test
    @Timeout(15)
    void truncatedBodyFailsWithTransportException() throws Exception {
        assertRawPeerFails(RawEffect.TRUNCATED_BODY);
    }

    @Test
    @Timeout(15)
    void responseThatIsNotHttpFailsWithTransportException() throws Exception {
        assertRawPeerFails(RawEffect.NOT_HTTP);
    }

    private void assertRawPeerFails(RawEffect effect) throws Exception {
        try (RawSocketPeer broken = RawSocketPeer.start(effect);
                HttpTransport transport = createTransport(config())) {
            TransportException e = failure(transport.execute(request("GET", broken.uri("/broken"), new byte[0])),
                    TransportException.class);
            assertFalse(e instanceof TransportTimeoutException || e instanceof ResponseTooLargeException,
                    effect + " is neither a timeout nor an oversized body: " + chain(e));
        }
    }

    @Test
    @Timeout(15)
    void droppedConnectionIsNotRetried() throws Exception {
        try (RawSocketPeer dropping = RawSocketPeer.start(RawEffect.CLOSE_WITHOUT_RESPONSE);
                HttpTransport transport = createTransport(config())) {
            failure(transport.execute(request("POST", dropping.uri("/drop"), json("{\"ip\":\"192.0.2.1\"}"))),
                    TransportException.class);
            Thread.sleep(300);
            assertEquals(1, dropping.connections(), "the transport retried on its own (core owns the one retry loop)");
        }
    }

    // ---- concurrency and connection reuse ----------------------------------------------------

    @Test
    @Timeout(30)
    void sixtyFourRequestsAreInFlightTogether() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            assertAll(concurrently(transport, 64, "/gate/64").stream()
                    .map(r -> (Executable) () -> assertEquals(200, r.status(), "fewer than 64 requests were in flight together")));
        }
    }

    @Test
    @Timeout(15)
    void sequentialRequestsReuseOneConnection() throws Exception {
        try (HttpTransport transport = createTransport(config())) {
            Set<Integer> clientPorts = new TreeSet<>();
            for (int i = 0; i < 3; i++) {
                await(transport.execute(request(i == 1 ? "POST" : "GET", peer.uri("/echo/reuse"), i == 1 ? json("[1]") : new byte[0])));
                clientPorts.add(peer.takeRequest().clientPort());
                // Reuse is the point here, not how soon: a transport may hand the connection
                // back to its pool just after completing the future.
                Thread.sleep(50);
            }
            assertEquals(1, clientPorts.size(), "client ports used: " + clientPorts);
        }
    }

    // ---- lifecycle ---------------------------------------------------------------------------

    @Test
    @Timeout(30)
    void closeLeavesNoThreadBehind() throws Exception {
        ThreadSnapshot before = ThreadSnapshot.take();
        HttpTransport transport = createTransport(config());
        try {
            await(transport.execute(request("POST", peer.uri("/echo/threads"), json("{}"))));
            await(transport.execute(request("GET", peer.uri("/gzip/1000"), new byte[0])));
            concurrently(transport, 16, "/gate/16");
            transport.execute(request("GET", peer.uri("/delay/5000"), new byte[0]).toBuilder().timeout(Duration.ofMillis(200)).build())
                    .handle((r, e) -> null).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            transport.close();
        }
        List<Thread> survivors = before.survivorsAfter(Duration.ofSeconds(5), this::isSharedLibraryThread);
        assertTrue(survivors.isEmpty(), () -> "threads still alive 5 s after close(): " + ThreadSnapshot.describe(survivors));
        List<Thread> shared = before.newThreadsMatching(this::isSharedLibraryThread);
        if (!shared.isEmpty()) {
            System.err.println("[conformance] " + transport.name() + ": shared library threads still alive after close(): "
                    + ThreadSnapshot.describe(shared));
        }
    }

    @Test
    @Timeout(15)
    void closeFailsRequestsInFlight() throws Exception {
        HttpTransport transport = createTransport(config());
        CompletableFuture<HttpResponse> inFlight = transport.execute(request("GET", peer.uri("/delay/8000"), new byte[0]));
        peer.takeRequest();
        transport.close();
        long start = System.nanoTime();
        failure(inFlight, TransportException.class);
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 4000, "close() left the request running");
    }

    @Test
    @Timeout(15)
    void afterCloseExecuteFailsWithoutThrowingAndCloseIsIdempotent() throws Exception {
        HttpTransport transport = createTransport(config());
        assertNotNull(transport.name());
        assertFalse(transport.name().isBlank(), "name()");
        transport.close();
        assertDoesNotThrow(transport::close, "a second close()");
        CompletableFuture<HttpResponse> future = assertDoesNotThrow(
                () -> transport.execute(request("GET", peer.uri("/echo/closed"), new byte[0])), "execute after close must not throw");
        failure(future, TransportException.class);
    }

    // ---- TLS ---------------------------------------------------------------------------------

    @Test
    @Timeout(15)
    void httpsToATrustedCertificateWorks() throws Exception {
        try (ConformancePeer tls = ConformancePeer.https(TestTls.localhostServerContext());
                HttpTransport transport = createTransport(config())) {
            byte[] body = json("[\"192.0.2.1\"]");
            HttpResponse response = await(transport.execute(request("DELETE", tls.uri("/echo/tls"), body)));
            assertEquals(200, response.status());
            assertArrayEquals(body, response.body());
            assertEquals("DELETE", tls.takeRequest().method());
        }
    }

    @Test
    @Timeout(15)
    void httpsToACertificateForAnotherHostIsRejected() throws Exception {
        try (ConformancePeer tls = ConformancePeer.https(TestTls.wrongHostServerContext());
                HttpTransport transport = createTransport(config().withConnectTimeout(TLS_REFUSAL_CONNECT_TIMEOUT))) {
            TransportException e = failure(transport.execute(request("GET", tls.uri("/echo/wrong-host"), new byte[0])),
                    TransportException.class);
            assertFalse(e instanceof TransportTimeoutException, "hostname mismatch is not a timeout: " + e);
            assertEquals(0, tls.pendingRequests(), "the request was sent to a host whose name did not match");
        }
    }

    @Test
    @Timeout(15)
    void httpsToAnUntrustedCertificateIsRejected() throws Exception {
        try (ConformancePeer tls = ConformancePeer.https(TestTls.localhostServerContext());
                HttpTransport transport = createTransport(config().withSslContext(null)
                        .withConnectTimeout(TLS_REFUSAL_CONNECT_TIMEOUT))) {
            TransportException e = failure(transport.execute(request("GET", tls.uri("/echo/untrusted"), new byte[0])),
                    TransportException.class);
            assertFalse(e instanceof TransportTimeoutException, "an untrusted certificate is not a timeout: " + e);
            assertEquals(0, tls.pendingRequests(), "the request was sent over an untrusted connection");
        }
    }

    // ---- proxy -------------------------------------------------------------------------------

    private static final String PROXY_USER = "conformance-user";
    private static final String PROXY_PASSWORD = "proxy-secret-0815";

    private static ProxyConfig proxyAt(LoopbackProxy proxy) {
        return ProxyConfig.builder().host("127.0.0.1").port(proxy.port()).credentials(PROXY_USER, PROXY_PASSWORD).build();
    }

    private static String expectedProxyAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((PROXY_USER + ":" + PROXY_PASSWORD).getBytes(UTF_8));
    }

    @Test
    @Timeout(15)
    void plainHttpGoesThroughTheProxyWithAnAbsoluteTargetAndItsCredentials() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(expectedProxyAuthorization());
                HttpTransport transport = createTransport(config().withProxy(proxyAt(proxy)))) {
            byte[] body = json("{\"ip\":\"192.0.2.1\"}");
            URI uri = peer.uri("/echo/x/2001:db8::1?per_page=2");
            HttpResponse response = await(transport.execute(request("POST", uri, body)));
            LoopbackProxy.Seen seen = proxy.take();
            RecordedRequest received = peer.takeRequest();
            assertAll(
                    () -> assertEquals(200, response.status()),
                    () -> assertArrayEquals(body, response.body(), "echoed through the proxy"),
                    () -> assertEquals("POST " + uri + " HTTP/1.1", seen.requestLine(), "request line the proxy received"),
                    () -> assertEquals(expectedProxyAuthorization(), seen.proxyAuthorization(), "credentials sent to the proxy at once"),
                    () -> assertEquals(0, proxy.pending(), "one request to the proxy, no second attempt"),
                    () -> assertEquals("/echo/x/2001:db8::1?per_page=2", received.rawTarget()),
                    () -> assertEquals(List.of(), received.headers().allValues("Proxy-Authorization"), "proxy credentials reached the origin"));
        }
    }

    @Test
    @Timeout(15)
    void httpsTunnelsThroughTheProxyWithConnect() throws Exception {
        try (ConformancePeer tls = ConformancePeer.https(TestTls.localhostServerContext());
                LoopbackProxy proxy = new LoopbackProxy(expectedProxyAuthorization());
                HttpTransport transport = createTransport(config().withProxy(proxyAt(proxy)))) {
            byte[] body = json("[\"192.0.2.1\"]");
            URI uri = tls.uri("/echo/tunnelled");
            HttpResponse response = await(transport.execute(request("DELETE", uri, body)));
            LoopbackProxy.Seen seen = proxy.take();
            RecordedRequest received = tls.takeRequest();
            assertAll(
                    () -> assertEquals(200, response.status()),
                    () -> assertArrayEquals(body, response.body()),
                    () -> assertEquals("CONNECT 127.0.0.1:" + uri.getPort() + " HTTP/1.1", seen.requestLine()),
                    () -> assertEquals(expectedProxyAuthorization(), seen.proxyAuthorization(), "credentials on the CONNECT"),
                    () -> assertEquals("DELETE", received.method()),
                    () -> assertEquals(List.of(), received.headers().allValues("Proxy-Authorization"), "proxy credentials reached the origin"));
        }
    }

    @Test
    @Timeout(15)
    void hostsOnTheNoProxyListGoDirect() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(null);
                HttpTransport transport = createTransport(config().withProxy(
                        ProxyConfig.builder().host("127.0.0.1").port(proxy.port()).noProxy("localhost", "127.0.0.1").build()))) {
            assertEquals(200, await(transport.execute(request("GET", peer.uri("/echo/direct"), new byte[0]))).status());
            peer.takeRequest();
            assertEquals(0, proxy.pending(), "a host on the no-proxy list went through the proxy");
        }
    }

    @Test
    @Timeout(15)
    void aTunnelTheProxyRefusesFailsWithoutRevealingTheCredentials() throws Exception {
        try (ConformancePeer tls = ConformancePeer.https(TestTls.localhostServerContext());
                LoopbackProxy proxy = new LoopbackProxy("Basic c29tZW9uZS1lbHNl");
                HttpTransport transport = createTransport(config().withProxy(proxyAt(proxy)))) {
            TransportException e = failure(transport.execute(request("GET", tls.uri("/echo/refused"), new byte[0])), TransportException.class);
            for (Throwable t = e; t != null; t = t.getCause()) {
                String text = t + " " + t.getMessage();
                assertFalse(text.contains(PROXY_PASSWORD) || text.contains(expectedProxyAuthorization().substring(6)),
                        "proxy credentials leaked into an exception: " + t.getClass().getName());
            }
            assertEquals(0, tls.pendingRequests(), "the request reached the origin past a refusing proxy");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static HttpRequest request(String method, URI uri, byte[] body) {
        return HttpRequest.builder().method(method).uri(uri).body(body).timeout(REQUEST_TIMEOUT).build();
    }

    private List<HttpResponse> concurrently(HttpTransport transport, int count, String path) throws Exception {
        List<CompletableFuture<HttpResponse>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(transport.execute(request("GET", peer.uri(path), new byte[0]).toBuilder().timeout(Duration.ofSeconds(20)).build()));
        }
        List<HttpResponse> responses = new ArrayList<>();
        for (CompletableFuture<HttpResponse> f : futures) {
            responses.add(await(f, 25));
        }
        return responses;
    }

    private static HttpResponse await(CompletableFuture<HttpResponse> future) throws InterruptedException {
        return await(future, WAIT_SECONDS);
    }

    private static HttpResponse await(CompletableFuture<HttpResponse> future, long seconds) throws InterruptedException {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The request failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("No response within " + seconds + " s");
        }
    }

    /** The exception the future failed with, which must be a {@code type}. */
    private static <T extends Throwable> T failure(CompletableFuture<?> future, Class<T> type) throws InterruptedException {
        try {
            Object value = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return fail("Expected " + type.getSimpleName() + " but the request succeeded: " + value);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!type.isInstance(cause)) {
                throw new AssertionError("Expected " + type.getSimpleName() + " but failed with " + cause, cause);
            }
            return type.cast(cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail("Expected " + type.getSimpleName() + " within " + WAIT_SECONDS + " s, but the future never completed");
        }
    }

    /** An exception and its causes, one per line, for failure messages. */
    private static String chain(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.append(t == e ? "" : "\n  caused by ").append(t);
        }
        return out.toString();
    }

    private static byte[] json(String text) {
        return text.getBytes(UTF_8);
    }

    private static int occurrences(String text, String token) {
        int count = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            count++;
        }
        return count;
    }

    /** A loopback port nobody listens on: bound, then released. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            return socket.getLocalPort();
        }
    }
}
