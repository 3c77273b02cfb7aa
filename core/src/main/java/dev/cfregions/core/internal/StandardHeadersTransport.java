package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.concurrent.CompletableFuture;

/** Adds {@code Accept}, {@code User-Agent}, and {@code Content-Type} when there is a body. */
public final class StandardHeadersTransport extends ForwardingTransport {
    private final String userAgent;

    public StandardHeadersTransport(HttpTransport next, String userAgent) {
        super(next);
        this.userAgent = userAgent;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        var headers = request.headers().toBuilder().set("Accept", "application/json").set("User-Agent", userAgent);
        if (request.hasBody()) {
            headers.set("Content-Type", "application/json");
        }
        return next.execute(request.withHeaders(headers.build()));
    }
}
