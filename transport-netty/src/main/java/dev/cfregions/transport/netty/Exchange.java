package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.core.spi.TransportTimeoutException.Phase;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.concurrent.Future;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One request's life: get a ready connection within the connect deadline, write, wait for the
 * response or the request timeout, give the connection back. It ends exactly once, whichever comes
 * first: response, failure, timeout, the caller cancelling the future, or the transport closing.
 *
 * <p>The connection goes back to the pool for reuse only when a complete keep-alive response
 * was read, or when nothing was written to it yet; otherwise it is closed. The caller's future
 * is completed after the connection has been handed back, and outside any lock, so a callback
 * that sends the next request can do so from the event loop.
 */
final class Exchange {
    private final FullHttpRequest request;
    private final Duration timeout;
    private final Origin origin;
    private final ConnectionPool pool;
    private final Failures failures;
    private final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicBoolean channelReturned = new AtomicBoolean();

    /** Until the request is written, the connect deadline may still end the exchange; exactly one of them wins. */
    private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.CONNECTING);

    private volatile Future<Channel> acquiring;
    private volatile Channel channel;
    // Set on the channel's event loop only.
    private volatile boolean written;
    private volatile boolean broken;
    private volatile ScheduledFuture<?> connectTimer;
    private volatile ScheduledFuture<?> timer;

    private enum Stage { CONNECTING, WRITTEN, CONNECT_EXPIRED }

    Exchange(FullHttpRequest request, Duration timeout, Origin origin, ConnectionPool pool, Failures failures) {
        this.request = request;
        this.timeout = timeout;
        this.origin = origin;
        this.pool = pool;
        this.failures = failures;
    }

    /** The future the caller gets; completing or cancelling it from outside abandons the exchange. */
    CompletableFuture<HttpResponse> result() {
        return result;
    }

    /**
     * Starts the one connect deadline, which covers everything before the request is written:
     * waiting for a pooled connection, resolving, TCP connect, proxy tunnel and TLS handshake.
     */
    void start() {
        result.whenComplete((r, t) -> abandon());
        try {
            connectTimer = pool.loop().schedule(this::onConnectTimeout, Durations.nanos(failures.connectTimeout()),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException loopShutDown) {
            fail(Failures.transportClosed());
            return;
        }
        Future<Channel> a = pool.acquire();
        acquiring = a;
        a.addListener(f -> onAcquired(a));
    }

    /** Ends the exchange with {@code failure} (the transport closing, for instance). */
    void fail(TransportException failure) {
        if (finish(false)) {
            result.completeExceptionally(failure);
        }
    }

    /** The complete response arrived; called on the event loop. */
    void onResponse(FullHttpResponse response) {
        if (response.decoderResult().isFailure()) {
            onChannelFailure(response.decoderResult().cause());
            return;
        }
        HttpResponse converted;
        try {
            converted = InboundResponse.toSpi(response);
        } catch (RuntimeException e) {
            onChannelFailure(e);
            return;
        }
        boolean reusable = HttpUtil.isKeepAlive(response) && HttpUtil.isKeepAlive(request);
        if (finish(reusable)) {
            result.complete(converted);
        }
    }

    /** The connection failed or closed under this exchange; called on the event loop. */
    void onChannelFailure(Throwable cause) {
        broken = true;
        fail(failures.map(cause, origin));
    }

    private void onAcquired(Future<Channel> acquired) {
        if (!acquired.isSuccess()) {
            if (!acquired.isCancelled()) {
                fail(failures.map(acquired.cause(), origin));
            }
            return;
        }
        Channel ch = acquired.getNow();
        channel = ch;
        if (finished.get()) {
            giveBack(ch, false);
            return;
        }
        // The pool hands out only ready connections: TLS handshake (and proxy tunnel) done.
        onLoopOf(ch, () -> guarded(() -> send(ch)));
    }

    /** On the event loop: nothing can give this channel back between the check and the write. */
    private void send(Channel ch) {
        if (finished.get() || !stage.compareAndSet(Stage.CONNECTING, Stage.WRITTEN)) {
            return; // ended, or the connect deadline won and is failing the exchange
        }
        cancel(connectTimer);
        written = true;
        ExchangeHandler handler = ch.pipeline().get(ExchangeHandler.class);
        if (handler == null || !ch.isActive()) {
            // Closed (by the server, say) between leaving the pool and now; from here on the
            // handler sees any close, since both run on this loop.
            onChannelFailure(new ClosedChannelException());
            return;
        }
        handler.begin(this);
        timer = ch.eventLoop().schedule(this::onTimeout, Durations.nanos(timeout), TimeUnit.NANOSECONDS);
        ch.writeAndFlush(request).addListener(w -> {
            if (!w.isSuccess()) {
                onChannelFailure(w.cause());
            }
        });
    }

    /** A bug or surprise from Netty must fail this exchange, not leave its future hanging. */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            onChannelFailure(e);
        }
    }

    /** The connect deadline passed before the request could be written: the server never saw it. */
    private void onConnectTimeout() {
        if (stage.compareAndSet(Stage.CONNECTING, Stage.CONNECT_EXPIRED)) {
            broken = true; // a connection still in its handshake is not fit for reuse
            fail(new TransportTimeoutException(Phase.CONNECT, failures.connectTimeout(),
                    new TransportException("No ready connection to " + origin + " within the connect timeout")));
        }
    }

    private static void cancel(ScheduledFuture<?> t) {
        if (t != null) {
            t.cancel(false);
        }
    }

    private void onTimeout() {
        broken = true;
        fail(new TransportTimeoutException(Phase.RESPONSE, timeout, null));
    }

    /** The caller completed or cancelled the future: stop and release the connection. */
    private void abandon() {
        finish(false);
    }

    /**
     * Claims the end of the exchange and hands the connection back. Returns false when the
     * exchange had already ended, in which case the caller must not touch the future.
     */
    private boolean finish(boolean responseComplete) {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        cancel(connectTimer);
        Channel ch = channel;
        if (ch != null) {
            giveBack(ch, responseComplete);
        } else {
            Future<Channel> a = acquiring;
            if (a != null) {
                a.cancel(false); // withdraws it from the pool's queue; a channel it got anyway comes back in onAcquired
            }
        }
        return true;
    }

    /**
     * Runs on the channel's loop, so {@code written} is settled: a channel nobody wrote to is
     * still clean and reusable; one carrying a request is reusable only after a complete
     * keep-alive response.
     */
    private void giveBack(Channel ch, boolean responseComplete) {
        onLoopOf(ch, () -> {
            if (!channelReturned.compareAndSet(false, true)) {
                return;
            }
            cancel(timer);
            boolean reusable = !broken && (written ? responseComplete : ch.isActive());
            pool.release(ch, reusable);
        });
    }

    private static void onLoopOf(Channel ch, Runnable task) {
        if (ch.eventLoop().inEventLoop()) {
            task.run();
        } else {
            try {
                ch.eventLoop().execute(task);
            } catch (RejectedExecutionException loopShutDown) {
                ch.close();
            }
        }
    }
}
