package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The fake as a real HTTP/1.1 server on the loopback address: {@link FakeHttpServer} carries
 * the bytes, the engine decides, and this class translates an {@link Outcome} into what the
 * server does with the connection. Delayed answers are written later by the fake's scheduler,
 * so no thread waits for them.
 */
final class LoopbackServer implements AutoCloseable {
    private final FakeHttpServer server;

    private LoopbackServer(FakeHttpServer server) {
        this.server = server;
    }

    static LoopbackServer start(FakeEngine engine, ScheduledExecutorService scheduler, int port, HttpLimits limits) {
        FakeHttpServer.Handler handler = (request, reply) -> answer(engine.handle(request), reply, scheduler);
        return new LoopbackServer(FakeHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), limits,
                handler, (status, message) -> Envelope.failure(ApiFailure.of(status, 1146, message)), "fake-cloudflare-http-"));
    }

    int port() {
        return server.port();
    }

    private static void answer(Outcome outcome, HttpConnection.Reply reply, ScheduledExecutorService scheduler) {
        if (outcome instanceof Outcome.Drop) {
            reply.drop();
        } else if (outcome instanceof Outcome.Truncate t) {
            reply.sendTruncated(t.response());
        } else if (outcome instanceof Outcome.Throttle t) {
            reply.sendThrottled(t.response(), t.bytesPerSecond());
        } else {
            Outcome.Respond r = (Outcome.Respond) outcome;
            if (r.delay().isZero()) {
                reply.send(r.response());
            } else {
                sendLater(reply, r.response(), r.delay().toNanos(), scheduler);
            }
        }
    }

    private static void sendLater(HttpConnection.Reply reply, HttpResponse response, long nanos, ScheduledExecutorService scheduler) {
        try {
            scheduler.schedule(() -> reply.send(response), nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            reply.drop(); // the fake is closing
        }
    }

    /** Stops accepting, drops open connections and ends the server's threads. */
    @Override
    public void close() {
        server.close();
    }
}
