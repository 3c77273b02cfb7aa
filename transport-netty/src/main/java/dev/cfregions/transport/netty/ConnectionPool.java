package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.TransportException;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import io.netty.util.concurrent.ImmediateEventExecutor;
import io.netty.util.concurrent.Promise;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;

/**
 * The keep-alive HTTP/1.1 connections to one {@link Origin}: at most {@code maxConnections}
 * open at once, each carrying one exchange at a time, and at most {@code maxPending} requests
 * waiting for one. It hands out only ready connections: connected, tunnelled through the proxy
 * and past the TLS handshake where those apply. How long a request waits for one is the
 * {@link Exchange}'s connect deadline, which withdraws it by cancelling.
 *
 * <p>All state lives on one event loop, {@code loop}, so it needs no locks; every public
 * method hops onto that loop.
 */
final class ConnectionPool {
    private final Origin origin;
    private final Bootstrap bootstrap;
    private final EventLoop loop;
    private final int maxConnections;
    private final int maxPending;
    private final long maxIdleNanos;

    /** A parked connection and when it was parked ({@link System#nanoTime()}). */
    private record Parked(Channel channel, long since) {}

    // Only touched on `loop`; oldest first, so reuse takes from the end and expiry from the front.
    private final ArrayDeque<Parked> idle = new ArrayDeque<>();
    private final ArrayDeque<Promise<Channel>> waiting = new ArrayDeque<>();
    private int open;
    private boolean closed;
    private final GenericFutureListener<Future<Object>> onLoopTerminated = f -> failWaiting();

    /**
     * @param maxIdle idle connections older than this are closed rather than reused
     */
    ConnectionPool(Origin origin, Bootstrap bootstrap, EventLoop loop, int maxConnections, int maxPending, Duration maxIdle) {
        this.origin = origin;
        this.bootstrap = bootstrap;
        this.loop = loop;
        this.maxConnections = maxConnections;
        this.maxPending = maxPending;
        this.maxIdleNanos = Durations.nanos(maxIdle);
        // If the loop ends first (a lent group shut down by its owner), nobody would ever
        // serve or time out the waiting requests: fail them. The loop is dead by then, so
        // nothing else touches the queue.
        loop.terminationFuture().addListener(onLoopTerminated);
    }

    /** The loop that keeps this pool's state; exchanges run their connect deadline on it. */
    EventLoop loop() {
        return loop;
    }

    /**
     * A ready channel for one exchange; give it back with {@link #release} exactly once.
     * Cancelling the returned future withdraws the request from the queue.
     */
    Future<Channel> acquire() {
        // Listeners run on whichever thread completes the promise, so a failure still reaches
        // the exchange when the loop has shut down under a lent group.
        Promise<Channel> promise = ImmediateEventExecutor.INSTANCE.newPromise();
        try {
            onLoop(() -> acquireNow(promise));
        } catch (RejectedExecutionException loopShutDown) {
            promise.tryFailure(Failures.transportClosed());
        }
        return promise;
    }

    /**
     * Takes back a channel from {@link #acquire}. A reusable one goes to the next waiting
     * request or the idle set; any other is closed, making room for a new connection.
     */
    void release(Channel channel, boolean reusable) {
        try {
            onLoop(() -> releaseNow(channel, reusable));
        } catch (RejectedExecutionException loopShutDown) {
            channel.close();
        }
    }

    /** Fails every waiting request and closes the idle connections; leased ones close as their exchanges end. */
    Future<?> close() {
        Promise<Void> done = ImmediateEventExecutor.INSTANCE.newPromise();
        onLoopOr(() -> {
            closed = true;
            loop.terminationFuture().removeListener(onLoopTerminated);
            failWaiting();
            Parked p;
            while ((p = idle.poll()) != null) {
                open--;
                p.channel().close();
            }
            done.setSuccess(null);
        }, () -> done.setSuccess(null)); // the loop is gone, and its channels with it
        return done;
    }

    private void failWaiting() {
        Promise<Channel> w;
        while ((w = waiting.poll()) != null) {
            w.tryFailure(Failures.transportClosed());
        }
    }

    private void acquireNow(Promise<Channel> promise) {
        if (promise.isDone()) {
            return;
        }
        if (closed) {
            promise.tryFailure(Failures.transportClosed());
            return;
        }
        closeExpired();
        Parked parked;
        while ((parked = idle.pollLast()) != null) {
            Channel channel = parked.channel();
            if (channel.isActive()) {
                if (!promise.trySuccess(channel)) {
                    idle.addLast(parked);
                }
                return;
            }
            open--;
        }
        if (open < maxConnections) {
            connect(promise);
        } else if (waiting.size() < maxPending) {
            enqueue(promise);
        } else {
            promise.tryFailure(new TransportException("Too many requests waiting for a connection to " + origin
                    + ": " + waiting.size() + " queued behind " + maxConnections + " connections"));
        }
    }

    private void enqueue(Promise<Channel> promise) {
        waiting.add(promise);
        promise.addListener(f -> {
            if (f.isCancelled()) {
                onLoopIfRunning(() -> waiting.remove(promise));
            }
        });
    }

    private void connect(Promise<Channel> promise) {
        open++;
        ChannelFuture connecting = bootstrap.connect();
        connecting.addListener(f -> onLoopOr(() -> {
            if (!f.isSuccess()) {
                open--;
                promise.tryFailure(f.cause());
                serveNextWaiting();
                return;
            }
            Channel channel = connecting.channel();
            channel.closeFuture().addListener(c -> onLoopIfRunning(() -> forgetIdle(channel)));
            ChannelSetup.ready(channel).addListener(r -> onLoopOr(() -> onReady(channel, r, promise), () -> {
                channel.close();
                promise.tryFailure(Failures.transportClosed());
            }));
        }, () -> {
            connecting.channel().close();
            promise.tryFailure(Failures.transportClosed());
        }));
        promise.addListener(f -> {
            if (f.isCancelled()) {
                connecting.cancel(false);
            }
        });
    }

    /** Tunnel and handshake are over, one way or the other; an unclaimed ready channel is parked. */
    private void onReady(Channel channel, Future<?> ready, Promise<Channel> promise) {
        if (!ready.isSuccess()) {
            open--;
            channel.close();
            promise.tryFailure(ready.cause());
            serveNextWaiting();
        } else if (!promise.trySuccess(channel)) {
            releaseNow(channel, true);
        }
    }

    private void releaseNow(Channel channel, boolean reusable) {
        if (reusable && channel.isActive() && !closed) {
            Promise<Channel> w;
            while ((w = waiting.poll()) != null) {
                if (w.trySuccess(channel)) {
                    return;
                }
            }
            idle.addLast(new Parked(channel, System.nanoTime()));
            return;
        }
        open--;
        channel.close();
        serveNextWaiting();
    }

    /** A connection slot is free: open a connection for the longest-waiting request, if any. */
    private void serveNextWaiting() {
        if (closed) {
            return;
        }
        Promise<Channel> w;
        while (open < maxConnections && (w = waiting.poll()) != null) {
            if (!w.isDone()) {
                connect(w);
            }
        }
    }

    /** An idle connection the server closed frees its slot; leased ones are counted when released. */
    private void forgetIdle(Channel channel) {
        if (idle.removeIf(p -> p.channel() == channel)) {
            open--;
            serveNextWaiting();
        }
    }

    private void closeExpired() {
        long now = System.nanoTime();
        while (!idle.isEmpty() && now - idle.peekFirst().since() > maxIdleNanos) {
            open--;
            idle.pollFirst().channel().close();
        }
    }

    private void onLoop(Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    private void onLoopOr(Runnable task, Runnable ifShutDown) {
        try {
            onLoop(task);
        } catch (RejectedExecutionException loopShutDown) {
            ifShutDown.run();
        }
    }

    /** For bookkeeping that no longer matters once the loop has shut down. */
    private void onLoopIfRunning(Runnable task) {
        try {
            onLoop(task);
        } catch (RejectedExecutionException loopShutDown) {
            // The group is gone, and this pool with it.
        }
    }
}
