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

    /** How a future ended: its value, or its failure (unwrapped). */
    record Outcome<T>(T value, Throwable failure) {}

    /**
     * Completes normally with how {@code upstream} ended, so the next stage can act on a failure;
     * a cancel still fails the result and reaches {@code upstream}.
     */
    static <T> CompletableFuture<Outcome<T>> settled(CompletableFuture<T> upstream) {
        CompletableFuture<Outcome<T>> result = new CompletableFuture<>();
        result.whenComplete((o, e) -> {
            if (result.isCancelled()) {
                upstream.cancel(true);
            }
        });
        upstream.whenComplete((t, e) -> {
            Throwable failure = e == null ? null : RetryingCaller.unwrap(e);
            if (failure instanceof java.util.concurrent.CancellationException) {
                result.completeExceptionally(failure);
            } else {
                result.complete(new Outcome<>(t, failure));
            }
        });
        return result;
    }

    /** {@code upstream} mapped by {@code fn}; cancelling the result cancels {@code upstream}. */
    static <A, B> CompletableFuture<B> map(CompletableFuture<A> upstream, Function<? super A, ? extends B> fn) {
        // One stage, not compose's two: every call passes through several maps, and there is
        // no second future in flight to track, only upstream.
        CompletableFuture<B> result = new CompletableFuture<>();
        result.whenComplete((b, e) -> {
            if (result.isCancelled()) {
                upstream.cancel(true);
            }
        });
        upstream.whenComplete((a, e) -> {
            if (e != null) {
                result.completeExceptionally(RetryingCaller.unwrap(e));
                return;
            }
            B b;
            try {
                b = fn.apply(a);
            } catch (Throwable ex) { // whatever a stage throws must end the call, never leave it hanging
                result.completeExceptionally(ex);
                return;
            }
            result.complete(b);
        });
        return result;
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
