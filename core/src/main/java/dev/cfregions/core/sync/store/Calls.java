package dev.cfregions.core.sync.store;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.sync.RequestCounter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What both adapters share: parameters refused when built become a failed future, as the port
 * promises; and the per-call options that tell a call's counter of each attempt it sends.
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

    /** Options for a view whose every attempt, retries included, counts on {@code requests}. */
    static RequestOptions counted(RequestCounter requests) {
        if (requests == null) {
            throw new ValidationException("requests", null, "required");
        }
        return RequestOptions.builder().attemptListener(attempt -> requests.requestSent()).build();
    }
}
