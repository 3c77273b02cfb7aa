package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;

/**
 * Logs each attempt at DEBUG: method, URI, status, time taken and {@code cf-ray}. Header
 * values are never logged except {@code cf-ray}, so credentials cannot leak through logs.
 */
public final class LoggingTransport extends ForwardingTransport {
    private static final Logger LOG = System.getLogger("dev.cfregions.http");

    public LoggingTransport(HttpTransport next) {
        super(next);
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        if (!LOG.isLoggable(Level.DEBUG)) {
            return next.execute(request);
        }
        long start = System.nanoTime();
        LOG.log(Level.DEBUG, "--> {0} {1} ({2} body bytes)", request.method(), request.uri(), request.bodyLength());
        CompletableFuture<HttpResponse> f = next.execute(request);
        // log from a dependent stage but return the transport's own future, so a cancel reaches it
        f.whenComplete((r, e) -> {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (e != null) {
                LOG.log(Level.DEBUG, "<-- {0} {1} failed after {2} ms: {3}", request.method(), request.uri(), ms,
                        RetryingCaller.unwrap(e).toString());
            } else {
                LOG.log(Level.DEBUG, "<-- {0} {1} {2} in {3} ms, {4} body bytes, cf-ray {5}", request.method(), request.uri(),
                        r.status(), ms, r.bodyLength(), r.headers().firstValue("cf-ray").orElse("-"));
            }
        });
        return f;
    }
}
