package dev.cfregions.transport.netty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A loopback HTTP/1.1 server on plain sockets for byte-exact tests: it records each request as
 * it arrived on the wire and answers with whatever the test's {@link Responder} writes. One
 * daemon thread per connection; {@link #close()} ends them all.
 */
final class RawHttpServer implements AutoCloseable {

    /** A request as read off the wire. */
    record Recorded(String requestLine, List<String[]> headers, byte[] body, int connection) {
        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        List<String> headerValues(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }

        String target() {
            return requestLine.split(" ")[1];
        }

        String method() {
            return requestLine.split(" ")[0];
        }
    }

    /** Writes the response to a recorded request; may stall, close or reset the socket. */
    @FunctionalInterface
    interface Responder {
        void respond(Recorded request, Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Responder responder;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger closedByClient = new AtomicInteger();

    RawHttpServer(Responder responder) throws IOException {
        this(responder, null);
    }

    RawHttpServer(Responder responder, SSLContext tls) throws IOException {
        this(responder, tls, InetAddress.getLoopbackAddress());
    }

    RawHttpServer(Responder responder, SSLContext tls, InetAddress bindTo) throws IOException {
        this.responder = responder;
        this.server = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        server.bind(new InetSocketAddress(bindTo, 0), 128);
        start("raw-http-accept", this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    String url(String pathAndQuery) {
        return (server instanceof javax.net.ssl.SSLServerSocket ? "https" : "http") + "://127.0.0.1:" + port() + pathAndQuery;
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Connections the client closed (EOF seen while waiting for a request or stalled). */
    int closedByClient() {
        return closedByClient.get();
    }

    Recorded takeRequest() throws InterruptedException {
        Recorded r = requests.poll(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request arrived within 5 s");
        }
        return r;
    }

    /** A 200 with {@code body} and a Content-Length. */
    static void ok(OutputStream out, String body, String... extraHeaders) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Length: " + bytes.length + "\r\n");
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    /** Blocks the connection's thread until the client closes it (or 30 s pass), counting the close. */
    static void stallUntilClientCloses(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        socket.getInputStream().read();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                int index = connections.incrementAndGet();
                sockets.add(s);
                start("raw-http-conn-" + index, () -> serve(s, index));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, int index) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                Recorded request = read(in, index);
                if (request == null) {
                    closedByClient.incrementAndGet();
                    return;
                }
                requests.add(request);
                responder.respond(request, socket, out);
                if (socket.isClosed()) {
                    return;
                }
            }
        } catch (SocketException | javax.net.ssl.SSLException gone) {
            closedByClient.incrementAndGet();
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // the test sees the effect on the client side
        }
    }

    private static Recorded read(InputStream in, int index) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        List<String[]> headers = new ArrayList<>();
        String line;
        int length = 0;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            headers.add(new String[] {name, value});
            if (name.toLowerCase(Locale.ROOT).equals("content-length")) {
                length = Integer.parseInt(value);
            }
        }
        byte[] body = in.readNBytes(length);
        return new Recorded(requestLine, headers, body, index);
    }

    /** One CRLF-terminated line in ISO-8859-1, or null at end of stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = buf.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            buf.write(b);
        }
        return null;
    }

    private void start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
        try {
            for (Thread t : threads) {
                t.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
