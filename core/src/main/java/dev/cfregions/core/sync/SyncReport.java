package dev.cfregions.core.sync;

import dev.cfregions.core.model.Mapping;
import java.util.List;

/**
 * What an apply did: every planned change is in exactly one of created, updated, deleted or
 * failed, and each list is true to the zone as last read or written. Immutable.
 *
 * @param created mappings created
 * @param updated mappings whose target changed
 * @param deleted mappings removed
 * @param unchanged desired mappings the zone already held
 * @param failed planned changes that did not happen, with reasons
 * @param rounds rounds of writing: 1 when everything went through at once, more when
 *     request-level failures made the apply re-read and re-plan (a read of the zone that failed
 *     spends a round too, the first read of a sync included), 0 when nothing was written
 * @param readRequests HTTP requests made to read the zone: each page and each retry of the
 *     client's retry policy counts, and so does a read that failed
 * @param writeRequests HTTP requests made to write: each batch counts once per attempt, so a
 *     batch the client's retry policy sent three times counts three, whether it then succeeded
 *     or failed; with {@code readRequests}, what the service received
 * @param dryRun whether this only shows what would be done (nothing was written)
 */
public record SyncReport(List<Mapping> created, List<Update> updated, List<Mapping> deleted, List<Mapping> unchanged,
        List<ItemFailure> failed, int rounds, int readRequests, int writeRequests, boolean dryRun) {
    /**
     * Copies the lists.
     *
     * @param created mappings created
     * @param updated mappings updated
     * @param deleted mappings deleted
     * @param unchanged mappings already right
     * @param failed changes that failed
     * @param rounds rounds of writing
     * @param readRequests list requests
     * @param writeRequests batch requests
     * @param dryRun whether nothing was written on purpose
     */
    public SyncReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        deleted = List.copyOf(deleted);
        unchanged = List.copyOf(unchanged);
        failed = List.copyOf(failed);
    }

    /**
     * Whether every planned change happened.
     *
     * @return true when nothing failed
     */
    public boolean succeeded() {
        return failed.isEmpty();
    }

    /**
     * Read and write requests together.
     *
     * @return the requests made
     */
    public int requests() {
        return readRequests + writeRequests;
    }

    @Override
    public String toString() {
        return "SyncReport{created=" + created.size() + ", updated=" + updated.size() + ", deleted=" + deleted.size()
                + ", unchanged=" + unchanged.size() + ", failed=" + failed.size() + ", rounds=" + rounds
                + ", readRequests=" + readRequests + ", writeRequests=" + writeRequests + (dryRun ? ", dryRun" : "") + "}";
    }
}
