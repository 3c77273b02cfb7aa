package dev.cfregions.core.internal;

import dev.cfregions.core.Credentials;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.concurrent.CompletableFuture;

/** Adds the credential headers to every request. */
public final class AuthenticatingTransport extends ForwardingTransport {
    private final Credentials credentials;

    public AuthenticatingTransport(HttpTransport next, Credentials credentials) {
        super(next);
        this.credentials = credentials;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        var headers = request.headers().toBuilder();
        credentials.applyTo(headers);
        return next.execute(request.toBuilder().headers(headers.build()).build());
    }
}
