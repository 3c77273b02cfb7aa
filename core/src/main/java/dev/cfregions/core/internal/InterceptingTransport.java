package dev.cfregions.core.internal;

import dev.cfregions.core.errors.InterceptorException;
import dev.cfregions.core.intercept.AddedHeaders;
import dev.cfregions.core.intercept.AttemptRequest;
import dev.cfregions.core.intercept.AttemptResponse;
import dev.cfregions.core.intercept.Interceptor;
import dev.cfregions.core.params.internal.HeaderRules;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the client's interceptors around one attempt: {@code beforeAttempt} in the order added
 * (each may add headers, by the rule {@link HeaderRules#checkAdded} shares with per-call options),
 * then {@code afterAttempt} or {@code onAttemptFailure} in reverse order, for every interceptor
 * whose {@code beforeAttempt} returned. The first interceptor to throw fails the attempt with an
 * {@link InterceptorException} (not a transport failure, so the retry loop does not retry it);
 * what others throw afterwards is added to it as suppressed, as is a failure it replaced.
 */
final class InterceptingTransport extends ForwardingTransport {
    private final Interceptor[] interceptors;
    private final int attempt;

    InterceptingTransport(HttpTransport next, Interceptor[] interceptors, int attempt) {
        super(next);
        this.interceptors = interceptors;
        this.attempt = attempt;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        HttpRequest toSend = request;
        AttemptRequest view = AttemptRequest.of(request, attempt);
        for (int i = 0; i < interceptors.length; i++) {
            Adder adder = new Adder();
            try {
                interceptors[i].beforeAttempt(view, adder);
            } catch (Throwable t) {
                return CompletableFuture.failedFuture(failed(i - 1, view, wrap(i, "beforeAttempt", view, t)));
            } finally {
                adder.close();
            }
            if (!adder.added.isEmpty()) {
                HttpHeaders.Builder h = toSend.headers().toBuilder();
                adder.added.forEach(nv -> h.add(nv[0], nv[1]));
                toSend = toSend.withHeaders(h.build());
                view = AttemptRequest.of(toSend, attempt);
            }
        }
        AttemptRequest sentView = view;
        CompletableFuture<HttpResponse> sent;
        try {
            sent = next.execute(toSend);
        } catch (RuntimeException e) { // a transport breaking its contract; the retry loop types it
            sent = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<HttpResponse> inFlight = sent;
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                inFlight.cancel(true);
            }
        });
        inFlight.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failed(interceptors.length - 1, sentView, RetryingCaller.unwrap(failure)));
                return;
            }
            Throwable refused = answered(sentView, response);
            if (refused != null) {
                result.completeExceptionally(refused);
            } else {
                result.complete(response);
            }
        });
        return result;
    }

    /**
     * Tells every interceptor, last added first, of the response; {@code null} unless one threw.
     * The response is never null here: the body limit stage below turns a null into a failure.
     */
    private Throwable answered(AttemptRequest request, HttpResponse response) {
        AttemptResponse view = AttemptResponse.of(response);
        for (int i = interceptors.length - 1; i >= 0; i--) {
            try {
                interceptors[i].afterAttempt(request, view);
            } catch (Throwable t) {
                return failed(i - 1, request, wrap(i, "afterAttempt", request, t));
            }
        }
        return null;
    }

    /** Tells interceptors {@code from} down to the first of {@code failure}; returns what the attempt fails with. */
    private Throwable failed(int from, AttemptRequest request, Throwable failure) {
        Throwable current = failure;
        for (int i = from; i >= 0; i--) {
            try {
                interceptors[i].onAttemptFailure(request, current);
            } catch (Throwable t) {
                if (current instanceof InterceptorException first) {
                    first.addSuppressed(t);
                } else {
                    InterceptorException e = wrap(i, "onAttemptFailure", request, t);
                    e.addSuppressed(current);
                    current = e;
                }
            }
        }
        return current;
    }

    private InterceptorException wrap(int index, String stage, AttemptRequest request, Throwable thrown) {
        return new InterceptorException(interceptors[index].getClass().getName(), stage, attempt,
                request.method() + " " + request.uri(), thrown);
    }

    /** The headers one interceptor adds during its {@code beforeAttempt}; closed once it returns. */
    private static final class Adder implements AddedHeaders {
        final List<String[]> added = new ArrayList<>(2);
        private boolean closed;

        @Override
        public synchronized AddedHeaders add(String name, String value) {
            if (closed) {
                throw new IllegalStateException("Headers can be added during beforeAttempt only; " + name + " came later");
            }
            HeaderRules.checkAdded(name, value);
            added.add(new String[] {name, value});
            return this;
        }

        synchronized void close() {
            closed = true;
        }
    }
}
