package dev.cfregions.benchmarks;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Answers every request at once with bytes chosen from the request: no network, no server, only the client's own work. */
final class CannedTransport implements HttpTransport {
    private static final HttpHeaders JSON = HttpHeaders.builder().add("Content-Type", "application/json").build();

    private final Function<HttpRequest, byte[]> bodies;

    CannedTransport(Function<HttpRequest, byte[]> bodies) {
        this.bodies = bodies;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        // The canned arrays are never changed, and a real transport hands over the array it read
        // (HttpResponse.wrap), so no copy is made here either.
        return CompletableFuture.completedFuture(HttpResponse.wrap(200, JSON, bodies.apply(request)));
    }

    @Override
    public String name() {
        return "canned";
    }

    @Override
    public void close() {}
}
