package dev.cfregions.testkit.conformance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port where a TCP connect hangs: a listener that never accepts, its accept queue
 * filled by idle sockets, so the kernel drops further SYNs and the connect can only time out.
 * (Used instead of an unroutable address, so the suite never leaves the loopback interface.)
 */
final class FullBacklogPort implements AutoCloseable {
    private static final int MAX_FILLERS = 16;

    private final ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();

    private FullBacklogPort() throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 1);
        for (int i = 0; i < MAX_FILLERS; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(listener.getLocalSocketAddress(), 200);
                fillers.add(filler);
            } catch (SocketTimeoutException e) {
                filler.close();
                return; // the queue is full: connects now hang
            }
        }
        close();
        throw new IllegalStateException("Could not fill a listen backlog after " + MAX_FILLERS
                + " connections; this OS does not drop SYNs on a full accept queue");
    }

    static FullBacklogPort open() throws IOException {
        return new FullBacklogPort();
    }

    URI uri(String rawPathAndQuery) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + rawPathAndQuery);
    }

    @Override
    public void close() throws IOException {
        for (Socket s : fillers) {
            s.close();
        }
        listener.close();
    }
}
