package dev.cfregions.core.sync.store;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** What both adapters share: parameters refused when built become a failed future, as the port promises. */
final class Calls {
    private Calls() {}

    static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
