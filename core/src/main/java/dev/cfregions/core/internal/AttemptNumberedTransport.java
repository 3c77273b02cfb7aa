package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.concurrent.CompletableFuture;

/**
 * A pipeline that needs to know which attempt of its call a request is (interceptors are told);
 * the retry loop sends through {@link #execute(HttpRequest, int)} when its pipeline is one. A
 * pipeline without interceptors is a plain {@link HttpTransport}, so that path is unchanged.
 */
public interface AttemptNumberedTransport extends HttpTransport {
    /**
     * Sends one attempt.
     *
     * @param request the request
     * @param attempt the attempt's number within its call, 1 for the first
     * @return the response, or the attempt's failure
     */
    CompletableFuture<HttpResponse> execute(HttpRequest request, int attempt);

    /** Sent outside the retry loop, a request is its call's first attempt. */
    @Override
    default CompletableFuture<HttpResponse> execute(HttpRequest request) {
        return execute(request, 1);
    }
}
