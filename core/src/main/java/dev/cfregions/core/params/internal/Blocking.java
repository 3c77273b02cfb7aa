package dev.cfregions.core.params.internal;

import dev.cfregions.core.errors.CloudflareException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Waits for an async call and rethrows its failure as the library's own unchecked type: the
 * bridge every blocking method of both endpoint families goes through. Internal: not an API.
 */
public final class Blocking {
    private Blocking() {}

    /**
     * @param future the call in flight; cancelled if the waiting thread is interrupted
     * @param <T> the call's result type
     * @return the call's result
     * @throws dev.cfregions.core.errors.CloudflareException the call's failure, as thrown by it
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CloudflareException("Interrupted while waiting for Cloudflare; the request was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CloudflareException ce) {
                // rethrow the original so catch blocks see the precise type; keep this thread's stack for debugging
                ce.addSuppressed(new CallSite());
                throw ce;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CloudflareException("Call failed: " + cause, cause);
        } catch (CancellationException e) {
            throw new CloudflareException("The call was cancelled", e);
        }
    }

    /** Records where the blocking caller was waiting. */
    private static final class CallSite extends Exception {
        private static final long serialVersionUID = 1L;

        CallSite() {
            super("the blocking call was made here");
        }
    }
}
