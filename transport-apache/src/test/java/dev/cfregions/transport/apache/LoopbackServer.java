package dev.cfregions.transport.apache;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK HTTP server on 127.0.0.1 that records what it receives; one handler per test. */
final class LoopbackServer implements AutoCloseable {
    /** What arrived: method, raw path and query, headers, body, client port. */
    record Received(String method, String rawTarget, Map<String, List<String>> headers, byte[] body, int clientPort) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    LoopbackServer(HttpHandler handler) throws IOException {
        this(InetAddress.getLoopbackAddress(), handler);
    }

    /** A server on the given loopback address: 127.0.0.1 or ::1. */
    LoopbackServer(InetAddress loopback, HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(loopback, 0), 64);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            received.add(new Received(exchange.getRequestMethod(), target, Map.copyOf(exchange.getRequestHeaders()),
                    body, exchange.getRemoteAddress().getPort()));
            handler.handle(exchange);
        });
        server.setExecutor(executor);
        server.start();
    }

    URI uri(String rawPathAndQuery) {
        InetAddress address = server.getAddress().getAddress();
        String host = address instanceof java.net.Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + rawPathAndQuery);
    }

    Received take() throws InterruptedException {
        Received r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the server received no request within 10 s");
        }
        return r;
    }

    static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /**
     * A handler that answers 200 and then sends one body byte every 100 ms until {@code stop}
     * opens: the socket is never idle, so only a deadline on the whole exchange can end it.
     */
    static HttpHandler trickle(java.util.concurrent.CountDownLatch stop) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            java.io.OutputStream out = exchange.getResponseBody();
            try {
                for (int i = 0; i < 200 && stop.getCount() > 0; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException clientGaveUp) {
                // what the tests expect
            }
            exchange.close();
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
