package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The fake's own small HTTP/1.1 server. One selector thread accepts, reads and writes every
 * connection without blocking, so a client that stalls mid-request costs no thread; complete
 * requests go to a small pool that runs the handler. Deadlines and sizes come from
 * {@link HttpLimits}. The JDK's {@code com.sun.net.httpserver} could not be used: it parses the
 * request target as a URI before any handler runs (so an unencoded {@code fe80::1%eth0} got its
 * own HTML 400) and ties a pool thread to every half-sent request.
 */
final class FakeHttpServer implements AutoCloseable {
    /** Runs one complete request; answers through the reply, now or later, from any thread. */
    @FunctionalInterface
    interface Handler {
        void handle(IncomingRequest request, HttpConnection.Reply reply);
    }

    private static final int WORKERS = 8;
    private static final int READ_CHUNK = 64 * 1024;

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final HttpLimits limits;
    private final Handler handler;
    private final BiFunction<Integer, String, HttpResponse> errors;
    private final ExecutorService workers;
    private final Thread loop;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Set<HttpConnection> connections = new HashSet<>();
    /** Tasks due at a time, run by the selector thread; touched only by it. */
    private final PriorityQueue<Timed> timers = new PriorityQueue<>();
    private long timerSequence;
    private volatile boolean running = true;

    private FakeHttpServer(ServerSocketChannel listener, Selector selector, HttpLimits limits, Handler handler,
                           BiFunction<Integer, String, HttpResponse> errors, String threadPrefix) {
        this.listener = listener;
        this.selector = selector;
        this.limits = limits;
        this.handler = handler;
        this.errors = errors;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, threadPrefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.loop = new Thread(this::run, threadPrefix + "io");
        this.loop.setDaemon(true);
    }

    /**
     * Binds and starts serving.
     *
     * @param errors the response for a request the server itself refuses (status, reason), such
     *        as 400 for a malformed request line, 408 past the read deadline, 413 for a large body
     * @throws UncheckedIOException when the address cannot be bound
     */
    static FakeHttpServer start(InetSocketAddress address, HttpLimits limits, Handler handler,
                                BiFunction<Integer, String, HttpResponse> errors, String threadPrefix) {
        ServerSocketChannel listener = null;
        Selector selector = null;
        try {
            listener = ServerSocketChannel.open();
            listener.bind(address, 1024);
            listener.configureBlocking(false);
            selector = Selector.open();
            listener.register(selector, SelectionKey.OP_ACCEPT);
            FakeHttpServer s = new FakeHttpServer(listener, selector, limits, handler, errors, threadPrefix);
            s.loop.start();
            return s;
        } catch (IOException e) {
            closeQuietly(listener);
            closeQuietly(selector);
            throw new UncheckedIOException("Could not start the fake's server on " + address, e);
        }
    }

    int port() {
        return listener.socket().getLocalPort();
    }

    // ---- called by connections ----

    /** Runs {@code task} on the selector thread (the only thread that touches connections). */
    void onLoop(Runnable task) {
        if (running) {
            tasks.add(task);
            selector.wakeup();
        }
    }

    /**
     * Runs {@code task} on the selector thread after {@code delayNanos}, with no thread waiting
     * for it (a throttled body's next chunk). Call it from the selector thread only.
     */
    void onLoopAfter(long delayNanos, Runnable task) {
        timers.add(new Timed(System.nanoTime() + delayNanos, timerSequence++, task));
    }

    /** A task due at {@code at} (System.nanoTime); {@code sequence} keeps tasks due together in order. */
    private record Timed(long at, long sequence, Runnable task) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed o) {
            int byTime = Long.compare(at - o.at, 0); // nanoTime values: compare by difference
            return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
        }
    }

    void dispatch(IncomingRequest request, HttpConnection.Reply reply) {
        try {
            workers.execute(() -> {
                try {
                    handler.handle(request, reply);
                } catch (RuntimeException e) {
                    reply.drop(); // a handler bug: never leave the client waiting
                }
            });
        } catch (RejectedExecutionException e) {
            reply.drop(); // closing
        }
    }

    HttpResponse errorResponse(int status, String message) {
        return errors.apply(status, message);
    }

    void closed(HttpConnection c) {
        connections.remove(c);
    }

    // ---- the selector thread ----

    private void run() {
        ByteBuffer scratch = ByteBuffer.allocate(READ_CHUNK);
        long sweepEvery = Math.max(10_000_000L, Math.min(250_000_000L,
                Math.min(limits.readTimeout().toNanos(), limits.idleTimeout().toNanos()) / 10));
        long nextSweep = System.nanoTime() + sweepEvery;
        while (running) {
            long wakeAt = timers.isEmpty() || nextSweep - timers.peek().at() < 0 ? nextSweep : timers.peek().at();
            try {
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wakeAt - System.nanoTime())));
            } catch (IOException e) {
                break;
            }
            for (Runnable t = tasks.poll(); t != null; t = tasks.poll()) {
                t.run();
            }
            long now = System.nanoTime();
            while (!timers.isEmpty() && now - timers.peek().at() >= 0) {
                try {
                    timers.poll().task().run();
                } catch (RuntimeException e) {
                    // a bug in one connection's timer must not stop the server serving everyone else
                }
            }
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (key.channel() == listener) {
                    accept(now);
                } else {
                    ready(key, scratch, now);
                }
            }
            if (now - nextSweep >= 0) {
                for (HttpConnection c : new ArrayList<>(connections)) {
                    try {
                        c.checkDeadline(now);
                    } catch (IOException | RuntimeException e) {
                        c.close();
                    }
                }
                nextSweep = now + sweepEvery;
            }
        }
        for (HttpConnection c : new ArrayList<>(connections)) {
            c.close();
        }
        closeQuietly(listener);
        closeQuietly(selector);
    }

    private void accept(long now) {
        while (true) {
            SocketChannel ch;
            try {
                ch = listener.accept();
            } catch (IOException e) {
                return; // e.g. out of file descriptors: try again on the next select
            }
            if (ch == null) {
                return;
            }
            if (connections.size() >= limits.maxConnections()) {
                closeQuietly(ch);
                continue;
            }
            try {
                ch.configureBlocking(false);
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
                HttpConnection c = new HttpConnection(this, ch, key, limits, now);
                key.attach(c);
                connections.add(c);
            } catch (IOException e) {
                closeQuietly(ch);
            }
        }
    }

    private static void ready(SelectionKey key, ByteBuffer scratch, long now) {
        HttpConnection c = (HttpConnection) key.attachment();
        try {
            if (key.isValid() && key.isWritable()) {
                c.onWritable(now);
            }
            if (key.isValid() && key.isReadable()) {
                c.onReadable(scratch, now);
            }
        } catch (IOException | CancelledKeyException e) {
            c.close();
        } catch (RuntimeException e) {
            c.close(); // a bug in the server must not stop it serving everyone else
        } finally {
            scratch.clear();
        }
    }

    /** Stops accepting, closes every connection and ends the server's threads. */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // nothing more to do
            }
        }
    }
}
