package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Adds the credential headers, {@code Accept}, {@code User-Agent}, and {@code Content-Type} when
 * there is a body, each replacing any value the request had, in that order. The credentials
 * and the client's user agent never change, so for a request without headers of its own (every
 * call without per-call header options) the result is one of two sets built once; otherwise
 * the request's headers are copied once and these set over them.
 */
public final class RequestHeadersTransport extends ForwardingTransport {
    private final Consumer<HttpHeaders.Builder> credentials;
    private final String userAgent;
    private final HttpHeaders withoutBody;
    private final HttpHeaders withBody;

    /**
     * @param next the rest of the pipeline
     * @param credentials adds the credential headers, such as {@code Credentials::applyTo}; must
     *     add the same headers every time
     * @param userAgent the client's {@code User-Agent}
     */
    public RequestHeadersTransport(HttpTransport next, Consumer<HttpHeaders.Builder> credentials, String userAgent) {
        super(next);
        this.credentials = credentials;
        this.userAgent = userAgent;
        this.withoutBody = over(HttpHeaders.empty(), false);
        this.withBody = over(HttpHeaders.empty(), true);
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        HttpHeaders own = request.headers();
        HttpHeaders headers = own.isEmpty() ? (request.hasBody() ? withBody : withoutBody) : over(own, request.hasBody());
        return next.execute(request.withHeaders(headers));
    }

    private HttpHeaders over(HttpHeaders own, boolean body) {
        HttpHeaders.Builder h = own.toBuilder();
        credentials.accept(h);
        h.set("Accept", "application/json").set("User-Agent", userAgent);
        if (body) {
            h.set("Content-Type", "application/json");
        }
        return h.build();
    }
}
