package dev.cfregions.core.sync;

import dev.cfregions.core.model.Mapping;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A sync read and planned but not yet applied: what {@link Applier#prepareAsync} gives, so that a
 * caller can show the plan, ask before deleting, or back the zone up, and then go ahead. Applying
 * it continues the same sync: its report counts the reads made here, and the rounds that reads
 * which failed here have spent come out of the applier's budget. Immutable.
 *
 * <pre>{@code
 * PreparedSync prepared = applier.prepare(desired, PlanOptions.fullOwnership());
 * MappingFiles.write(Path.of("backup.csv"), prepared.zone());
 * SyncReport report = prepared.apply();
 * }</pre>
 */
public final class PreparedSync {
    private final Applier applier;
    private final Plan plan;
    private final List<Mapping> zone;
    private final int readRequests;
    private final int failedReads;

    PreparedSync(Applier applier, Plan plan, List<Mapping> zone, int readRequests, int failedReads) {
        this.applier = applier;
        this.plan = plan;
        this.zone = List.copyOf(zone);
        this.readRequests = readRequests;
        this.failedReads = failedReads;
    }

    /**
     * What applying will do.
     *
     * @return the plan
     */
    public Plan plan() {
        return plan;
    }

    /**
     * The zone as read for the plan.
     *
     * @return its mappings, in the service's order
     */
    public List<Mapping> zone() {
        return zone;
    }

    /**
     * The requests made to read the zone, each page and each retry included, failed reads too.
     *
     * @return the count
     */
    public int readRequests() {
        return readRequests;
    }

    /**
     * The reads of the zone that failed before one succeeded: each spent a round.
     *
     * @return 0 when the first read succeeded
     */
    public int failedReads() {
        return failedReads;
    }

    /**
     * Applies the plan, as {@link Applier#applyAsync} does, within what is left of the rounds.
     * Each call applies it again, against the zone as it is then: prepare anew rather than
     * applying one twice.
     *
     * @return the report, counting the reads made to prepare; the future fails only for a fault
     *     of the applier itself, never for a failed request
     */
    public CompletableFuture<SyncReport> applyAsync() {
        return applier.run(plan, readRequests, failedReads);
    }

    /**
     * Blocking {@link #applyAsync}.
     *
     * @return the report
     */
    public SyncReport apply() {
        return Applier.join(applyAsync());
    }

    @Override
    public String toString() {
        return "PreparedSync{plan=" + plan + ", zone=" + zone.size() + ", readRequests=" + readRequests + ", failedReads="
                + failedReads + "}";
    }
}
