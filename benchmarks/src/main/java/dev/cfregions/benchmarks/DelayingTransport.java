package dev.cfregions.benchmarks;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds every answer of another transport back by a fixed latency, without blocking the caller,
 * and counts the requests: a network round trip for a fake that has none.
 */
final class DelayingTransport implements HttpTransport {
    private final HttpTransport delegate;
    private final Executor later;
    private final AtomicLong requests = new AtomicLong();

    DelayingTransport(HttpTransport delegate, Duration latency) {
        this.delegate = delegate;
        this.later = CompletableFuture.delayedExecutor(latency.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** @return the requests sent so far */
    long requests() {
        return requests.get();
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        requests.incrementAndGet();
        return delegate.execute(request).thenApplyAsync(r -> r, later);
    }

    @Override
    public String name() {
        return "delayed " + delegate.name();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
