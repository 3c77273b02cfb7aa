package dev.cfregions.testkit.conformance;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cfregions.core.spi.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the conformance peer answers, by path. Every request is recorded first.
 * <ul>
 *   <li>{@code /echo...}: 200, the request body back, {@code X-Echo-Method}, and
 *       {@code X-Reply} twice ({@code one}, {@code two}).</li>
 *   <li>{@code /status/N}: status N with a small JSON body (none for 204 and 304); 3xx adds a
 *       {@code Location}, 429 and 503 add {@code Retry-After: 0}.</li>
 *   <li>{@code /empty}: 200 with {@code Content-Length: 0}.</li>
 *   <li>{@code /bytes/N}, {@code /chunked/N}: N pattern bytes, with a length or chunked.</li>
 *   <li>{@code /gzip/N}, {@code /deflate/N}: N pattern bytes, compressed;
 *       {@code /gzip-zeros/N}: N zero bytes gzipped (a tiny body that inflates a lot).</li>
 *   <li>{@code /corrupt/CODING/DEFECT}: a compressed body framed correctly (its exact
 *       {@code Content-Length}) whose compressed stream is broken, see {@link CorruptBody}.</li>
 *   <li>{@code /delay/MS}: 200 after MS milliseconds; {@code /slow-body/MS}: headers and one
 *       byte at once, the other nine after MS milliseconds.</li>
 *   <li>{@code /gate/N}: held until N requests to {@code /gate/N} are waiting, then all 200.</li>
 *   <li>{@code .../cache/origin_cloud_regions}: a v1 list of {@link #LIST_SIZE} mappings.</li>
 * </ul>
 */
final class PeerRoutes implements HttpHandler {
    static final int LIST_SIZE = 3500;
    private static final byte[] LIST_BODY = MappingListBody.of(LIST_SIZE);

    private final Queue<RecordedRequest> received;
    private final CountDownLatch closed;
    private final Map<Integer, CountDownLatch> gates = new ConcurrentHashMap<>();

    PeerRoutes(Queue<RecordedRequest> received, CountDownLatch closed) {
        this.received = received;
        this.closed = closed;
    }

    /** {@code n} deterministic bytes that do not compress to nothing. */
    static byte[] pattern(int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) ('a' + (i * 7 + i / 13) % 26);
        }
        return out;
    }

    /** The list body the peer serves. */
    static byte[] listBody() {
        return LIST_BODY.clone();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new RecordedRequest(exchange.getRequestMethod(), rawTarget(exchange),
                    copy(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getPort()));
            route(exchange, exchange.getRequestURI().getRawPath(), body);
        } catch (IOException e) {
            // The client went away (cancelled, timed out, reset): nothing left to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange ex, String path, byte[] body) throws IOException, InterruptedException {
        if (path.startsWith("/echo")) {
            Headers h = ex.getResponseHeaders();
            h.add("Content-Type", "application/octet-stream");
            h.add("X-Echo-Method", ex.getRequestMethod());
            h.add("X-Reply", "one");
            h.add("X-Reply", "two");
            send(ex, 200, body, true);
        } else if (path.startsWith("/status/")) {
            int status = number(path);
            if (status >= 300 && status < 400) {
                ex.getResponseHeaders().add("Location", "/echo/redirected");
            }
            if (status == 429 || status == 503) {
                ex.getResponseHeaders().add("Retry-After", "0"); // tempts a library into retrying at once
            }
            byte[] json = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            send(ex, status, status == 204 || status == 304 ? new byte[0] : json, true);
        } else if (path.equals("/empty")) {
            send(ex, 200, new byte[0], true);
        } else if (path.startsWith("/bytes/")) {
            send(ex, 200, pattern(number(path)), true);
        } else if (path.startsWith("/chunked/")) {
            send(ex, 200, pattern(number(path)), false);
        } else if (path.startsWith("/gzip/")) {
            sendEncoded(ex, "gzip", gzip(pattern(number(path))));
        } else if (path.startsWith("/gzip-zeros/")) {
            sendEncoded(ex, "gzip", gzip(new byte[number(path)]));
        } else if (path.startsWith("/deflate/")) {
            sendEncoded(ex, "deflate", deflate(pattern(number(path))));
        } else if (path.startsWith("/corrupt/")) {
            CorruptBody corrupt = CorruptBody.of(path.substring("/corrupt/".length()));
            sendEncoded(ex, corrupt.contentEncoding(), corrupt.bytes());
        } else if (path.startsWith("/delay/")) {
            closed.await(number(path), TimeUnit.MILLISECONDS);
            send(ex, 200, "late".getBytes(StandardCharsets.US_ASCII), true);
        } else if (path.startsWith("/slow-body/")) {
            slowBody(ex, number(path));
        } else if (path.startsWith("/gate/")) {
            gate(ex, number(path));
        } else if (path.endsWith("/cache/origin_cloud_regions")) {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            send(ex, 200, LIST_BODY, false);
        } else {
            send(ex, 404, "no such conformance route".getBytes(StandardCharsets.US_ASCII), true);
        }
    }

    private void gate(HttpExchange ex, int parties) throws IOException, InterruptedException {
        CountDownLatch gate = gates.computeIfAbsent(parties, CountDownLatch::new);
        gate.countDown();
        boolean opened = gate.await(10, TimeUnit.SECONDS);
        // 504 tells the test that fewer than `parties` requests were ever in flight together.
        send(ex, opened ? 200 : 504, ("waiting " + gate.getCount()).getBytes(StandardCharsets.US_ASCII), true);
    }

    private void slowBody(HttpExchange ex, int delayMillis) throws IOException, InterruptedException {
        ex.sendResponseHeaders(200, 10);
        OutputStream out = ex.getResponseBody();
        out.write('a');
        out.flush();
        closed.await(delayMillis, TimeUnit.MILLISECONDS);
        out.write("bcdefghij".getBytes(StandardCharsets.US_ASCII));
    }

    private static void sendEncoded(HttpExchange ex, String encoding, byte[] encoded) throws IOException {
        ex.getResponseHeaders().add("Content-Encoding", encoding);
        send(ex, 200, encoded, true);
    }

    /** Sends the body with a {@code Content-Length} when {@code fixedLength}, else chunked. */
    private static void send(HttpExchange ex, int status, byte[] body, boolean fixedLength) throws IOException {
        boolean noBody = body.length == 0 || status == 204 || status == 304;
        // The JDK server's convention: -1 means "no body", 0 means "chunked".
        ex.sendResponseHeaders(status, noBody ? -1 : fixedLength ? body.length : 0);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static int number(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String rawTarget(HttpExchange ex) {
        String query = ex.getRequestURI().getRawQuery();
        return ex.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
    }

    private static HttpHeaders copy(Headers headers) {
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            e.getValue().forEach(v -> b.add(e.getKey(), v));
        }
        return b.build();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The zlib format (RFC 1950), which is what HTTP's {@code deflate} coding means. */
    static byte[] deflate(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
