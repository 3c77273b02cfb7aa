package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * One client connection of {@link FakeHttpServer}: reads requests, hands each to the handler,
 * writes its answer, and enforces the deadlines of {@link HttpLimits}. One request at a time:
 * while the handler works the connection reads nothing more, and pipelined bytes wait in the
 * parser. Everything here runs on the server's selector thread, except {@link Reply}, which only
 * posts work to it.
 */
final class HttpConnection {
    /** What the connection is doing; each phase has its own deadline. */
    private enum Phase {
        /** Waiting for (the rest of) a request: idle or read deadline. */
        READING,
        /** The handler has the request: no deadline (a delay fault may hold it on purpose). */
        HANDLING,
        /** Writing a response: a client that does not read it is cut off at the read deadline. */
        WRITING,
        /** Output closed, discarding what the client still sends so it sees our answer, not a reset. */
        DRAINING
    }

    /** How long a closing connection keeps reading, so an unread request does not turn our FIN into a reset. */
    private static final long DRAIN_NANOS = 1_000_000_000L;

    /** A throttled body goes out in chunks about this far apart (longer when a chunk is one byte). */
    private static final long THROTTLE_TICK_NANOS = 10_000_000L;

    private final FakeHttpServer server;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final HttpRequestParser parser;
    private final HttpLimits limits;
    private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();

    private Phase phase = Phase.READING;
    private long deadline;
    private boolean closeAfterWrite;
    private boolean keepAlive;
    private boolean headRequest;
    /** Counts requests, so a late reply to an earlier one (after a close) is ignored. */
    private long generation;
    private boolean closed;
    /** The body still to send at a throttled rate (a throttled-body fault), or null. */
    private ByteBuffer throttled;
    /** Bytes per chunk of {@link #throttled}, and the time between chunks. */
    private int chunkBytes;
    private long chunkNanos;

    HttpConnection(FakeHttpServer server, SocketChannel channel, SelectionKey key, HttpLimits limits, long now) {
        this.server = server;
        this.channel = channel;
        this.key = key;
        this.limits = limits;
        this.parser = new HttpRequestParser(limits);
        this.deadline = now + limits.idleTimeout().toNanos();
    }

    /** The handler's way to answer one request; callable from any thread, at most once takes effect. */
    final class Reply {
        private final long of = generation;

        void send(HttpResponse response) {
            server.onLoop(() -> respond(of, response, false, 0));
        }

        /** Promises more body than it sends, then closes: the client sees a premature end. */
        void sendTruncated(HttpResponse response) {
            server.onLoop(() -> respond(of, response, true, 0));
        }

        /** Sends the head at once and the body at {@code bytesPerSecond}, in timed chunks. */
        void sendThrottled(HttpResponse response, long bytesPerSecond) {
            server.onLoop(() -> respond(of, response, false, bytesPerSecond));
        }

        /** Closes the connection without a response. */
        void drop() {
            server.onLoop(() -> {
                if (phase == Phase.HANDLING && generation == of) {
                    close();
                }
            });
        }
    }

    void onReadable(ByteBuffer scratch, long now) throws IOException {
        int n = channel.read(scratch);
        if (n < 0) {
            close(); // the client is gone; half a request gets no answer
            return;
        }
        if (phase == Phase.DRAINING) {
            scratch.clear();
            return;
        }
        scratch.flip();
        boolean wasIdle = parser.idle();
        parser.feed(scratch);
        scratch.clear();
        if (wasIdle && !parser.idle()) {
            deadline = now + limits.readTimeout().toNanos();
        }
        process(now);
    }

    void onWritable(long now) throws IOException {
        while (!out.isEmpty()) {
            ByteBuffer b = out.peek();
            channel.write(b);
            if (b.hasRemaining()) {
                key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
                return;
            }
            out.poll();
        }
        key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
        if (phase == Phase.WRITING && throttled == null) {
            written(now);
        }
    }

    /** Closes or answers 408 when the current phase's deadline has passed. */
    void checkDeadline(long now) throws IOException {
        if (now - deadline < 0) {
            return;
        }
        if (phase == Phase.READING && !parser.idle()) {
            reject(408, "The request did not arrive within " + limits.readTimeout().toMillis() + " ms", now);
        } else if (phase != Phase.HANDLING) {
            close(); // idle past the keep-alive timeout, or not reading its answer, or done draining
        }
    }

    private void process(long now) throws IOException {
        if (phase != Phase.READING) {
            return;
        }
        HttpRequestParser.Parsed parsed;
        try {
            parsed = parser.next();
        } catch (HttpRequestParser.BadRequest e) {
            reject(e.status, e.getMessage(), now);
            return;
        }
        if (parsed == null) {
            if (parser.takeExpectContinue()) {
                queue(HttpResponseEncoder.CONTINUE, now);
            }
            return;
        }
        phase = Phase.HANDLING;
        deadline = Long.MAX_VALUE;
        generation++;
        keepAlive = parsed.keepAlive();
        headRequest = parsed.request().method().equals("HEAD");
        key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
        server.dispatch(parsed.request(), new Reply());
    }

    private void reject(int status, String message, long now) throws IOException {
        phase = Phase.HANDLING;
        generation++;
        keepAlive = false;
        headRequest = false;
        respond(generation, server.errorResponse(status, message), false, 0);
    }

    /** Writes the answer to request {@code of}: at once, truncated, or (a positive rate) its body throttled. */
    private void respond(long of, HttpResponse response, boolean truncated, long bytesPerSecond) {
        if (closed || phase != Phase.HANDLING || generation != of) {
            return;
        }
        long now = System.nanoTime();
        closeAfterWrite = !keepAlive || truncated;
        phase = Phase.WRITING;
        deadline = now + limits.readTimeout().toNanos();
        try {
            if (bytesPerSecond <= 0) {
                queue(HttpResponseEncoder.encode(response, headRequest, closeAfterWrite, truncated), now);
                return;
            }
            byte[] body = HttpResponseEncoder.body(response, headRequest, false);
            if (body.length > 0) {
                throttled = ByteBuffer.wrap(body);
                chunkBytes = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytesPerSecond * THROTTLE_TICK_NANOS / 1_000_000_000L));
                chunkNanos = Math.max(1, chunkBytes * 1_000_000_000L / bytesPerSecond);
                deadline = now + chunkNanos + limits.readTimeout().toNanos();
                server.onLoopAfter(chunkNanos, () -> nextChunk(of));
            }
            queue(HttpResponseEncoder.head(response, closeAfterWrite, false), now);
        } catch (IOException e) {
            close();
        }
    }

    /**
     * Queues the next chunk of a throttled body and schedules the one after. While the client
     * has not read the last chunk nothing is added and the deadline stands, so a client that
     * stops reading is cut off as for any response.
     */
    private void nextChunk(long of) {
        if (closed || phase != Phase.WRITING || generation != of || throttled == null) {
            return;
        }
        if (out.isEmpty()) {
            ByteBuffer chunk = throttled.slice();
            chunk.limit(Math.min(chunkBytes, chunk.remaining()));
            throttled.position(throttled.position() + chunk.remaining());
            if (!throttled.hasRemaining()) {
                throttled = null;
            }
            long now = System.nanoTime();
            deadline = now + chunkNanos + limits.readTimeout().toNanos();
            try {
                queue(chunk, now);
            } catch (IOException e) {
                close();
                return;
            }
        }
        if (throttled != null) {
            server.onLoopAfter(chunkNanos, () -> nextChunk(of));
        }
    }

    private void queue(byte[] bytes, long now) throws IOException {
        queue(ByteBuffer.wrap(bytes), now);
    }

    private void queue(ByteBuffer bytes, long now) throws IOException {
        out.add(bytes);
        onWritable(now);
    }

    private void written(long now) throws IOException {
        if (closeAfterWrite) {
            channel.shutdownOutput();
            phase = Phase.DRAINING;
            deadline = now + Math.min(DRAIN_NANOS, limits.readTimeout().toNanos());
            key.interestOps(SelectionKey.OP_READ);
            return;
        }
        phase = Phase.READING;
        deadline = now + (parser.idle() ? limits.idleTimeout() : limits.readTimeout()).toNanos();
        key.interestOps(SelectionKey.OP_READ);
        process(now); // a pipelined request may be waiting in full
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        server.closed(this);
    }
}
