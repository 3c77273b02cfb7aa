package dev.cfregions.core.internal;

import dev.cfregions.core.intercept.Interceptor;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The client's pipeline when it has interceptors: per attempt, the decorators that come before
 * the interceptors (authentication and the standard headers among them) are put around an
 * {@link InterceptingTransport} that knows the attempt's number, over the ones that come after.
 * Decorators keep their state outside themselves (the rate limiter's bucket, the closed flag),
 * so wrapping them anew per attempt changes nothing but the number the interceptors see. A
 * client without interceptors does not use this class.
 */
public final class InterceptedPipeline implements AttemptNumberedTransport {
    private final UnaryOperator<HttpTransport> before;
    private final HttpTransport after;
    private final Interceptor[] interceptors;

    /**
     * @param before wraps the decorators that come before the interceptors around a transport
     * @param after the decorators that come after the interceptors, over the transport
     * @param interceptors in the order added, not empty
     */
    public InterceptedPipeline(UnaryOperator<HttpTransport> before, HttpTransport after, List<Interceptor> interceptors) {
        if (interceptors.isEmpty()) {
            throw new IllegalArgumentException("no interceptors: use the plain pipeline");
        }
        this.before = before;
        this.after = after;
        this.interceptors = interceptors.toArray(new Interceptor[0]);
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request, int attempt) {
        return before.apply(new InterceptingTransport(after, interceptors, attempt)).execute(request);
    }

    @Override
    public String name() {
        return after.name();
    }

    @Override
    public void close() {
        // the client closes the transport it created; the pipeline owns nothing
    }
}
