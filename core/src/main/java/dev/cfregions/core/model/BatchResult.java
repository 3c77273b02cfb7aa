package dev.cfregions.core.model;

import java.util.List;

/**
 * The per-item outcome of a batch call. A batch whose items fail still succeeds as a request:
 * look at {@link #failed()}. Every item sent is in exactly one of the two lists. Immutable.
 *
 * @param succeeded the items applied, in request order
 * @param failed the items refused, in request order
 */
public record BatchResult(List<BatchItemSuccess> succeeded, List<BatchItemFailure> failed) {
    /**
     * Creates the value, checking its components.
     *
     * @param succeeded the items applied, in request order
     * @param failed the items refused, in request order
     */
    public BatchResult {
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
    }

    /** {@return whether every item was applied} */
    public boolean allSucceeded() {
        return failed.isEmpty();
    }
}
