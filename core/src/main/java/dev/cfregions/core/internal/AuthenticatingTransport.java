package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Adds the credential headers to every request. */
public final class AuthenticatingTransport extends ForwardingTransport {
    private final Consumer<HttpHeaders.Builder> credentials;

    /** @param credentials adds the credential headers, such as {@code Credentials::applyTo} */
    public AuthenticatingTransport(HttpTransport next, Consumer<HttpHeaders.Builder> credentials) {
        super(next);
        this.credentials = credentials;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        var headers = request.headers().toBuilder();
        credentials.accept(headers);
        return next.execute(request.withHeaders(headers.build()));
    }
}
