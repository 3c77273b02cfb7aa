package dev.cfregions.testkit.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP proxy on 127.0.0.1 for the suite's proxy cases: {@code CONNECT host:port}
 * opens a tunnel (for https), any other request with an absolute target is forwarded (for
 * plain http), with {@code Proxy-Authorization} and {@code Proxy-Connection} removed and
 * {@code Connection: close} added, so each forwarded exchange has a connection of its own.
 * It reaches only loopback hosts and answers 407 when its credentials are missing or wrong.
 * Every request head it receives is recorded, with the header it saw.
 */
final class LoopbackProxy implements AutoCloseable {
    /** One request as the proxy saw it. */
    record Seen(String requestLine, String proxyAuthorization) {}

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final ServerSocket listener;
    private final String expectedAuthorization;
    private final ThreadFactory threads = PeerThreads.named(ConformancePeer.THREAD_PREFIX + "proxy-");
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();

    /** @param expectedAuthorization the {@code Proxy-Authorization} value required, or null for none */
    LoopbackProxy(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 64);
        threads.newThread(this::acceptLoop).start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next request head the proxy received, waiting up to 5 s. */
    Seen take() throws InterruptedException {
        Seen s = seen.poll(5, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("The proxy received no request within 5 s");
        }
        return s;
    }

    /** Request heads received and not yet taken. */
    int pending() {
        return seen.size();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                threads.newThread(() -> serve(client)).start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String[] requestLine = head.get(0).split(" ");
            String authorization = header(head, "Proxy-Authorization");
            seen.add(new Seen(head.get(0), authorization));
            if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"conformance\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            if (requestLine[0].equals("CONNECT")) {
                tunnel(client, in, out, requestLine[1]);
            } else {
                forward(in, out, requestLine, head);
            }
        } catch (IOException | RuntimeException e) {
            // the client or the upstream went away: nothing left to relay
        }
    }

    private void tunnel(Socket client, InputStream in, OutputStream out, String authority) throws IOException {
        int colon = authority.lastIndexOf(':');
        try (Socket upstream = upstream(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)))) {
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread back = threads.newThread(() -> pipe(upstream, client));
            back.start();
            pipe(client, upstream);
            try {
                back.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void forward(InputStream in, OutputStream out, String[] requestLine, List<String> head) throws IOException {
        URI target = URI.create(requestLine[1]);
        StringBuilder forwarded = new StringBuilder(requestLine[0]).append(' ').append(target.getRawPath())
                .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(' ').append(requestLine[2]).append("\r\n");
        long length = 0;
        for (String line : head.subList(1, head.size())) {
            String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
            if (name.equals("content-length")) {
                length = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
            if (!name.equals("proxy-authorization") && !name.equals("proxy-connection") && !name.equals("connection")) {
                forwarded.append(line).append("\r\n");
            }
        }
        forwarded.append("Connection: close\r\n\r\n");
        try (Socket upstream = upstream(target.getHost(), target.getPort() == -1 ? 80 : target.getPort())) {
            OutputStream up = upstream.getOutputStream();
            up.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
            up.write(in.readNBytes((int) length));
            up.flush();
            upstream.getInputStream().transferTo(out); // the upstream closes after its answer
            out.flush();
        }
    }

    private Socket upstream(String host, int port) throws IOException {
        if (!LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
            throw new IOException("the conformance proxy reaches loopback hosts only, not " + host);
        }
        Socket s = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
        open.add(s);
        return s;
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(to);
        }
    }

    /** Header lines up to the blank line, or empty if the client hung up first. */
    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    private static String header(List<String> head, String name) {
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        open.forEach(LoopbackProxy::closeQuietly);
    }
}
