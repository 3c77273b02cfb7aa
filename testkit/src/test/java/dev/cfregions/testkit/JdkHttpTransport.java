package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A minimal test-only transport over the JDK's {@code java.net.http} client, so the core
 * client can be driven against the fake's loopback server without a transport module.
 */
final class JdkHttpTransport implements HttpTransport {
    private final HttpClient client = Face.HTTP;

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout())
                .method(request.method(), request.hasBody()
                        ? java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body())
                        : java.net.http.HttpRequest.BodyPublishers.noBody());
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                b.header(name, value);
            }
        });
        return client.sendAsync(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                .handle((r, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                        throw new CompletionException(cause instanceof HttpTimeoutException
                                ? new TransportTimeoutException(TransportTimeoutException.Phase.RESPONSE, request.timeout(), cause)
                                : new TransportException("request failed: " + cause, cause));
                    }
                    HttpHeaders.Builder h = HttpHeaders.builder();
                    r.headers().map().forEach((k, vs) -> {
                        if (!k.startsWith(":")) {
                            vs.forEach(v -> h.add(k, v));
                        }
                    });
                    return HttpResponse.of(r.statusCode(), h.build(), r.body());
                });
    }

    @Override
    public String name() {
        return "jdk-test";
    }

    @Override
    public void close() {}
}
