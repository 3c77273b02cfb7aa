package dev.cfregions.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Chains futures so that cancelling the result reaches the stage in flight: plain
 * {@code thenApply}/{@code thenCompose} do not pass a cancel upstream, and a caller's cancel
 * must abort the HTTP exchange.
 */
final class Futures {
    private Futures() {}

    /** {@code upstream} mapped by {@code fn}; cancelling the result cancels {@code upstream}. */
    static <A, B> CompletableFuture<B> map(CompletableFuture<A> upstream, Function<? super A, ? extends B> fn) {
        return compose(upstream, a -> CompletableFuture.completedFuture(fn.apply(a)));
    }

    /** {@code upstream} then {@code next}; cancelling the result cancels whichever is in flight. */
    static <A, B> CompletableFuture<B> compose(CompletableFuture<A> upstream, Function<? super A, CompletableFuture<B>> next) {
        CompletableFuture<B> result = new CompletableFuture<>();
        CompletableFuture<?>[] current = {upstream};
        result.whenComplete((b, e) -> {
            if (result.isCancelled()) {
                synchronized (current) {
                    current[0].cancel(true);
                }
            }
        });
        upstream.whenComplete((a, e) -> {
            if (e != null) {
                result.completeExceptionally(RetryingCaller.unwrap(e));
                return;
            }
            CompletableFuture<B> second;
            try {
                second = next.apply(a);
                if (second == null) {
                    throw new IllegalStateException("a stage returned no future");
                }
            } catch (Throwable ex) { // whatever a stage throws must end the call, never leave it hanging
                result.completeExceptionally(ex);
                return;
            }
            synchronized (current) {
                current[0] = second;
            }
            if (result.isCancelled()) {
                second.cancel(true);
            }
            second.whenComplete((b, e2) -> {
                if (e2 != null) {
                    result.completeExceptionally(RetryingCaller.unwrap(e2));
                } else {
                    result.complete(b);
                }
            });
        });
        return result;
    }
}
