package dev.cfregions.testkit.conformance;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * The loopback HTTP(S) server the conformance suite talks to, on the JDK's own
 * {@code HttpServer} at 127.0.0.1 on a free port. It records every request it receives (see
 * {@link #takeRequest()}) and answers by path, as {@link PeerRoutes} describes.
 */
final class ConformancePeer implements AutoCloseable {
    /** Every thread the suite's peers start has this prefix, so the thread check can tell them apart. */
    static final String THREAD_PREFIX = "cfregions-conformance-peer-";

    static {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm on,
        // each response then waits for the client's delayed ACK (~40 ms). The flag is read once,
        // when the JDK's server configuration class loads. (The fake's loopback server used to set
        // it for every JDK server in the JVM; it no longer uses the JDK server.)
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final BlockingQueue<RecordedRequest> received = new LinkedBlockingQueue<>();

    private ConformancePeer(HttpServer server, String scheme) {
        this.server = server;
        this.handlers = Executors.newCachedThreadPool(PeerThreads.named(THREAD_PREFIX + scheme + "-"));
        server.setExecutor(handlers);
        server.createContext("/", new PeerRoutes(received, closed));
        server.start();
    }

    /** A plain HTTP peer. */
    static ConformancePeer http() {
        try {
            return new ConformancePeer(HttpServer.create(loopback(), 256), "http");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the conformance HTTP peer", e);
        }
    }

    /** An HTTPS peer presenting the certificate in {@code context}. */
    static ConformancePeer https(SSLContext context) {
        try {
            HttpsServer server = HttpsServer.create(loopback(), 256);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            return new ConformancePeer(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the conformance HTTPS peer", e);
        }
    }

    /** The absolute URI of {@code rawPathAndQuery} on this peer, taken byte for byte. */
    URI uri(String rawPathAndQuery) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + rawPathAndQuery);
    }

    /** The next request received, waiting up to 5 s for it. */
    RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = received.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("The peer received no request within 5 s");
        }
        return request;
    }

    /** Requests received and not yet taken. */
    int pendingRequests() {
        return received.size();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress("127.0.0.1", 0);
    }
}
