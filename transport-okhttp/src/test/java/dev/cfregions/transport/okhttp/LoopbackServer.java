package dev.cfregions.transport.okhttp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A tiny JDK server on 127.0.0.1 for this module's own tests: {@code /ok} answers "ok",
 * {@code /slow} answers after 1 s, {@code /redirect} answers 302 to {@code /ok}, {@code /unauthorized} answers 401.
 */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "okhttp-test-server");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closed = new CountDownLatch(1);

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getRawPath();
                if (path.equals("/redirect")) {
                    exchange.getResponseHeaders().add("Location", "/ok");
                    exchange.sendResponseHeaders(302, -1);
                    return;
                }
                if (path.equals("/unauthorized")) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                if (path.equals("/slow")) {
                    closed.await(1, TimeUnit.SECONDS);
                }
                byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
