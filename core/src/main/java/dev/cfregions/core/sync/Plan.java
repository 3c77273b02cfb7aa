package dev.cfregions.core.sync;

import dev.cfregions.core.model.Mapping;
import java.util.List;
import java.util.Objects;

/**
 * What a sync will do, keyed by canonical IP: mappings to create, update and delete, and the
 * ones already right. Made by {@link Planner#plan}; carried out by {@link Applier#apply}.
 * Immutable. It keeps the desired set and options it was made from, so that an apply
 * interrupted by failures can re-plan what is left against a fresh read of the zone.
 */
public final class Plan {
    private final DesiredSet desired;
    private final PlanOptions options;
    private final List<Mapping> creates;
    private final List<Update> updates;
    private final List<Mapping> deletes;
    private final List<Mapping> unchanged;
    private final int zoneSize;

    Plan(DesiredSet desired, PlanOptions options, List<Mapping> creates, List<Update> updates, List<Mapping> deletes,
            List<Mapping> unchanged, int zoneSize) {
        this.desired = Objects.requireNonNull(desired, "desired");
        this.options = Objects.requireNonNull(options, "options");
        this.creates = List.copyOf(creates);
        this.updates = List.copyOf(updates);
        this.deletes = List.copyOf(deletes);
        this.unchanged = List.copyOf(unchanged);
        this.zoneSize = zoneSize;
    }

    /**
     * The desired set the plan was made for.
     *
     * @return the desired set
     */
    public DesiredSet desired() {
        return desired;
    }

    /**
     * The options the plan was made with.
     *
     * @return the options
     */
    public PlanOptions options() {
        return options;
    }

    /**
     * Mappings the zone lacks, in the desired set's order.
     *
     * @return an immutable list
     */
    public List<Mapping> creates() {
        return creates;
    }

    /**
     * Mappings whose vendor or region changes, in the desired set's order.
     *
     * @return an immutable list
     */
    public List<Update> updates() {
        return updates;
    }

    /**
     * Mappings to remove (full ownership only), in the zone's order.
     *
     * @return an immutable list
     */
    public List<Mapping> deletes() {
        return deletes;
    }

    /**
     * Desired mappings the zone already holds, as the zone holds them.
     *
     * @return an immutable list
     */
    public List<Mapping> unchanged() {
        return unchanged;
    }

    /**
     * How many mappings the zone held when planned.
     *
     * @return the zone's size before
     */
    public int zoneSizeBefore() {
        return zoneSize;
    }

    /**
     * How many mappings the zone will hold after the plan.
     *
     * @return the zone's size after
     */
    public int zoneSizeAfter() {
        return zoneSize + creates.size() - deletes.size();
    }

    /**
     * Whether deletes must go before creates: creating first would take the zone past its limit.
     *
     * @return true when the deletes must land first
     */
    public boolean deletesFirst() {
        return !deletes.isEmpty() && zoneSize + creates.size() > options.zoneLimit();
    }

    /**
     * How many mappings the plan writes: creates, updates and deletes.
     *
     * @return the number of changes
     */
    public int changeCount() {
        return creates.size() + updates.size() + deletes.size();
    }

    /**
     * The batch writes this plan takes when every request goes through at once: deletes and
     * upserts (creates with updates) each in batches of {@value MappingStore#MAX_BATCH}, the
     * floor the API allows.
     *
     * @return the number of write requests
     */
    public int writeRequests() {
        return batches(deletes.size()) + batches(creates.size() + updates.size());
    }

    private static int batches(int items) {
        return (items + MappingStore.MAX_BATCH - 1) / MappingStore.MAX_BATCH;
    }

    /**
     * Whether the zone already matches.
     *
     * @return true when there is nothing to write
     */
    public boolean isEmpty() {
        return changeCount() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plan p && desired.equals(p.desired) && options.equals(p.options) && creates.equals(p.creates)
                && updates.equals(p.updates) && deletes.equals(p.deletes) && unchanged.equals(p.unchanged)
                && zoneSize == p.zoneSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(desired, options, creates, updates, deletes, unchanged, zoneSize);
    }

    @Override
    public String toString() {
        return "Plan{creates=" + creates.size() + ", updates=" + updates.size() + ", deletes=" + deletes.size()
                + ", unchanged=" + unchanged.size() + ", mode=" + options.mode() + "}";
    }
}
