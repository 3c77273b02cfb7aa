package dev.cfregions.core.sync;

/**
 * Told how far an apply has come, after each batch. Called from whichever thread completed the
 * batch, one call at a time and with {@code done} never decreasing: keep it quick.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports progress.
     *
     * @param done planned changes whose outcome is settled (applied or failed)
     * @param total planned changes in all
     */
    void onProgress(int done, int total);
}
