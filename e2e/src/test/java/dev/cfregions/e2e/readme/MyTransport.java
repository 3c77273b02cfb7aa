package dev.cfregions.e2e.readme;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.transport.okhttp.OkHttpTransport;
import java.util.concurrent.CompletableFuture;

/** The "third-party" transport of README's conformance example: OkHttp's, under another name. */
final class MyTransport implements HttpTransport {
    private final HttpTransport delegate;

    MyTransport(TransportConfig config) {
        this.delegate = OkHttpTransport.create(config);
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        return delegate.execute(request);
    }

    @Override
    public String name() {
        return "my-transport";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
