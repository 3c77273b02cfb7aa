package dev.cfregions.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake as a real HTTP/1.1 server on the loopback address, built on the JDK's
 * {@code com.sun.net.httpserver}. A bounded pool of daemon threads handles exchanges; delayed
 * answers are written later by the fake's scheduler so no pool thread sleeps.
 */
final class LoopbackServer implements AutoCloseable {
    private static final int THREADS = 8;
    /** Larger request bodies are refused (413): the biggest real one, 100 batch items, is far smaller. */
    private static final int MAX_REQUEST_BYTES = 1 << 20;

    static {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm on,
        // each response then waits for the client's delayed ACK (~40 ms). The flag is read once,
        // when the JDK's server configuration class loads, so it must be set before the first server.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final FakeEngine engine;
    private final ScheduledExecutorService scheduler;

    private LoopbackServer(HttpServer server, ExecutorService pool, FakeEngine engine, ScheduledExecutorService scheduler) {
        this.server = server;
        this.pool = pool;
        this.engine = engine;
        this.scheduler = scheduler;
    }

    static LoopbackServer start(FakeEngine engine, ScheduledExecutorService scheduler, int port) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "fake-cloudflare-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LoopbackServer s = new LoopbackServer(server, pool, engine, scheduler);
            server.createContext("/", s::handle);
            server.setExecutor(pool);
            server.start();
            return s;
        } catch (IOException e) {
            pool.shutdownNow();
            throw new UncheckedIOException("Could not start the fake's server on 127.0.0.1:" + port, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange);
        if (body == null) {
            send(exchange, Envelope.failure(ApiFailure.of(413, 1146, "Request body too large")));
            return;
        }
        Outcome outcome = engine.handle(new IncomingRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                headersOf(exchange), body));
        if (outcome instanceof Outcome.Drop) {
            exchange.close(); // before any header was sent: the JDK closes the connection itself
            throw new ConnectionDropped();
        } else if (outcome instanceof Outcome.Truncate t) {
            sendTruncated(exchange, t.response());
        } else {
            Outcome.Respond r = (Outcome.Respond) outcome;
            if (r.delay().isZero()) {
                send(exchange, r.response());
            } else {
                sendLater(exchange, r);
            }
        }
    }

    /**
     * Thrown out of the handler on purpose: the JDK server answers an exception from a handler
     * by closing the connection, the only way its API offers to cut one mid-response.
     */
    private static final class ConnectionDropped extends IOException {
        private static final long serialVersionUID = 1L;

        ConnectionDropped() {
            super("connection dropped by an injected fault", null);
        }
    }

    private void sendLater(HttpExchange exchange, Outcome.Respond r) {
        try {
            scheduler.schedule(() -> {
                try {
                    send(exchange, r.response());
                } catch (IOException e) {
                    exchange.close(); // the client went away while we waited
                }
            }, r.delay().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            exchange.close();
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
            return body.length > MAX_REQUEST_BYTES ? null : body;
        }
    }

    private static HttpHeaders headersOf(HttpExchange exchange) {
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
            for (String v : e.getValue()) {
                b.add(e.getKey(), v);
            }
        }
        return b.build();
    }

    private static void send(HttpExchange exchange, HttpResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        int length = response.bodyLength();
        exchange.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    /** Promises more body than it sends, then drops the connection: the client sees a premature end. */
    private static void sendTruncated(HttpExchange exchange, HttpResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length + 16L);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new ConnectionDropped();
    }

    /** Stops accepting, drops open exchanges and ends the pool's threads. */
    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
