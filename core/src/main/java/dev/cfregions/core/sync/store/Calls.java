package dev.cfregions.core.sync.store;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.sync.RequestCounter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What both adapters share: parameters refused when built become a failed future, as the port
 * promises; a cancel reaches the handle's call; and the per-call options that tell a call's
 * counter of each attempt it sends.
 */
final class Calls {
    private Calls() {}

    static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * {@code f} mapped by {@code fn}; unlike a plain {@code thenApply}, cancelling the result
     * cancels {@code f}, so that a cancelled apply aborts the HTTP exchange of its batch.
     */
    static <A, B> CompletableFuture<B> map(CompletableFuture<A> f, Function<? super A, ? extends B> fn) {
        CompletableFuture<B> out = f.thenApply(fn);
        out.whenComplete((b, e) -> {
            if (out.isCancelled()) {
                f.cancel(true);
            }
        });
        return out;
    }

    /** Options for a view whose every attempt, retries included, counts on {@code requests}. */
    static RequestOptions counted(RequestCounter requests) {
        if (requests == null) {
            throw new ValidationException("requests", null, "required");
        }
        return RequestOptions.builder().attemptListener(attempt -> requests.requestSent()).build();
    }
}
