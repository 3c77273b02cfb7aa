package dev.cfregions.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server publishing range files as the clouds do: with an {@code ETag} and a
 * {@code Last-Modified}, answering 304 to a matching {@code If-None-Match} or
 * {@code If-Modified-Since}. It records every request's headers.
 */
final class RangeServer implements AutoCloseable {
    static final String LAST_MODIFIED = "Tue, 01 Dec 2026 12:00:00 GMT";

    /** One request: path, headers (lower-case names), and the status answered. */
    record Seen(String path, Map<String, List<String>> headers, int status) {}

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** Whether to send validators at all. */
    volatile boolean sendEtag = true;

    RangeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
            byte[] body = files.get(path);
            int status;
            if (body == null) {
                status = 404;
            } else {
                String etag = etags.get(path);
                String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
                String ims = exchange.getRequestHeaders().getFirst("If-Modified-Since");
                boolean notModified = inm != null ? inm.equals(etag) : LAST_MODIFIED.equals(ims);
                status = notModified ? 304 : 200;
                if (sendEtag) {
                    exchange.getResponseHeaders().add("ETag", etag);
                }
                exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            }
            seen.add(new Seen(path, headers, status));
            if (status == 200) {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(status, -1);
            }
            exchange.close();
        });
        server.start();
    }

    /** Publishes (or republishes, with a new ETag) a file at {@code path}. */
    void publish(String path, byte[] body) {
        files.put(path, body);
        etags.put(path, "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + System.nanoTime() + "\"");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
