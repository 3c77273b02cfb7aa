package dev.cfregions.transport.apache;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.nio.AsyncClientConnectionManager;
import org.apache.hc.client5.http.nio.AsyncConnectionEndpoint;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.ConnectionInitiator;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The owned client's connection manager, with one change: the outcomes of leasing and of
 * connecting are delivered on the transport's single timer thread, in order, instead of
 * wherever the pool or the I/O reactor happens to produce them.
 *
 * <p>Why: HttpClient 5.6 registers each step of an exchange (lease, connect, the exchange
 * itself) as what its future cancels, right after starting the step. When a step completes
 * at once (a free pooled connection) or very fast (connecting on loopback), the next steps run
 * from inside its completion and register first; the finished step then registers last and
 * a cancel reaches only that, leaving the exchange running until the response timeout (every
 * cancel on a pooled connection, about one in fifteen on a new one). Delivered as tasks on one
 * thread, each completion runs after the step that started it has registered; and a lease
 * outcome produced while the submitting thread is still inside the client's {@code execute}
 * is held back by its {@link Submission} until that call has returned. The exchange is thus
 * always registered last, and a cancel reaches it, without the timer thread ever waiting.
 */
final class HandOffLeases implements AsyncClientConnectionManager {
    private final AsyncClientConnectionManager pool;
    private final Executor handOff;

    HandOffLeases(AsyncClientConnectionManager pool, Executor handOff) {
        this.pool = pool;
        this.handOff = handOff;
    }

    @Override
    public Future<AsyncConnectionEndpoint> lease(String id, HttpRoute route, Object state, Timeout requestTimeout,
                                                 FutureCallback<AsyncConnectionEndpoint> callback) {
        // Leases start on the thread inside execute(): its outcome waits until that call returned.
        return pool.lease(id, route, state, requestTimeout, handedOff(callback, Submission.current()));
    }

    private FutureCallback<AsyncConnectionEndpoint> handedOff(FutureCallback<AsyncConnectionEndpoint> callback,
                                                             Submission submission) {
        return new FutureCallback<>() {
            @Override
            public void completed(AsyncConnectionEndpoint endpoint) {
                deliver(() -> callback.completed(endpoint));
            }

            @Override
            public void failed(Exception cause) {
                deliver(() -> callback.failed(cause));
            }

            @Override
            public void cancelled() {
                deliver(callback::cancelled);
            }

            private void deliver(Runnable outcome) {
                if (submission != null) {
                    submission.deliver(outcome);
                } else {
                    handOff(handOff, outcome);
                }
            }
        };
    }

    /** Runs {@code outcome} on {@code executor}, or here if the transport is closing. */
    static void handOff(Executor executor, Runnable outcome) {
        try {
            executor.execute(outcome);
        } catch (RejectedExecutionException closing) {
            outcome.run(); // the transport is closing: no ordering left to protect
        }
    }

    @Override
    public void release(AsyncConnectionEndpoint endpoint, Object newState, TimeValue validDuration) {
        pool.release(endpoint, newState, validDuration);
    }

    @Override
    public Future<AsyncConnectionEndpoint> connect(AsyncConnectionEndpoint endpoint, ConnectionInitiator initiator,
                                                   Timeout connectTimeout, Object attachment, HttpContext context,
                                                   FutureCallback<AsyncConnectionEndpoint> callback) {
        // Connects start from a delivered lease outcome, on the timer thread, outside any submission.
        return pool.connect(endpoint, initiator, connectTimeout, attachment, context, handedOff(callback, Submission.current()));
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context) {
        pool.upgrade(endpoint, attachment, context);
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context,
                        FutureCallback<AsyncConnectionEndpoint> callback) {
        pool.upgrade(endpoint, attachment, context, callback);
    }

    @Override
    public void close(CloseMode closeMode) {
        pool.close(closeMode);
    }

    @Override
    public void close() throws java.io.IOException {
        pool.close();
    }
}
