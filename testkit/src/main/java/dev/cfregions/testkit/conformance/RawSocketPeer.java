package dev.cfregions.testkit.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP server on a plain {@link ServerSocket} that misbehaves in one
 * {@link RawEffect} on every connection. Counts connections, so a test can tell a retry.
 */
final class RawSocketPeer implements AutoCloseable {
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final RawEffect effect;
    private final ServerSocket listener;
    private final ThreadFactory threads = PeerThreads.named(ConformancePeer.THREAD_PREFIX + "raw-");
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch requestRead = new CountDownLatch(1);
    private final CountDownLatch clientClosed = new CountDownLatch(1);

    private RawSocketPeer(RawEffect effect) throws IOException {
        this.effect = effect;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 64);
        threads.newThread(this::acceptLoop).start();
    }

    static RawSocketPeer start(RawEffect effect) throws IOException {
        return new RawSocketPeer(effect);
    }

    URI uri(String rawPathAndQuery) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + rawPathAndQuery);
    }

    int connections() {
        return connections.get();
    }

    /** Waits until a request head has arrived. */
    boolean awaitRequest(long millis) throws InterruptedException {
        return requestRead.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits until a client closed a {@link RawEffect#HOLD_OPEN} connection. */
    boolean awaitClientClosed(long millis) throws InterruptedException {
        return clientClosed.await(millis, TimeUnit.MILLISECONDS);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.incrementAndGet();
                open.add(socket);
                threads.newThread(() -> serve(socket)).start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            if (!readHead(in)) {
                return;
            }
            requestRead.countDown();
            switch (effect) {
                case RESET_MID_BODY -> partialBodyThenClose(socket, true);
                case TRUNCATED_BODY -> partialBodyThenClose(socket, false);
                case NOT_HTTP -> {
                    socket.getOutputStream().write("SSH-2.0-not-http\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    socket.close();
                }
                case CLOSE_WITHOUT_RESPONSE -> socket.close();
                case HOLD_OPEN -> {
                    while (in.read() >= 0) {
                        // discard until the client closes its end
                    }
                    clientClosed.countDown();
                }
            }
        } catch (IOException e) {
            if (effect == RawEffect.HOLD_OPEN) {
                clientClosed.countDown(); // a reset from the client is a close too
            }
        } finally {
            closeQuietly(socket);
        }
    }

    private static void partialBodyThenClose(Socket socket, boolean reset) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] part = new byte[100];
        Arrays.fill(part, (byte) ' ');
        part[0] = '[';
        out.write(part);
        out.flush();
        try {
            Thread.sleep(100); // let the client start on the body before the reset
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reset) {
            socket.setSoLinger(true, 0); // close() now sends RST instead of FIN
        }
        socket.close();
    }

    /** Reads up to the blank line ending the request head; false if the client hung up first. */
    private static boolean readHead(InputStream in) throws IOException {
        int last4 = 0;
        for (int total = 0; total < MAX_HEAD_BYTES; total++) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            last4 = (last4 << 8) | b;
            if (last4 == 0x0d0a0d0a) { // CR LF CR LF
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
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
        open.forEach(RawSocketPeer::closeQuietly);
    }
}
