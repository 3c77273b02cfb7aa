package dev.cfregions.core.sync;

import dev.cfregions.core.errors.CloudflareException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Carries plans out through a {@link MappingStore}: batches of {@value MappingStore#MAX_BATCH},
 * at most {@code concurrency} requests in flight, deletes before creates when creating first
 * would pass the zone's limit.
 *
 * <p>Per-item failures (1146, 1157, ...) are reported with the service's reason and never
 * retried. A request-level failure that remains after the client's retry policy (5xx, 429,
 * transport failures, timeouts) leaves its items' outcome unknown: the applier re-reads the
 * zone, counts what landed as done (a delete that re-reads as absent, an upsert that re-reads
 * as applied), and re-plans the rest, for at most {@code maxRounds} rounds. Thread-safe;
 * immutable once built.
 *
 * <pre>{@code
 * MappingStore store = MappingStores.v2(client, zoneId);
 * Applier applier = Applier.builder(store).build();
 * SyncReport report = applier.sync(MappingFiles.read(Path.of("desired.csv")), PlanOptions.fullOwnership());
 * }</pre>
 */
public final class Applier {
    /** The default number of batch requests in flight. */
    public static final int DEFAULT_CONCURRENCY = 4;
    /** The default number of rounds of writing. */
    public static final int DEFAULT_MAX_ROUNDS = 3;

    private final MappingStore store;
    private final int concurrency;
    private final int maxRounds;
    private final ProgressListener progress;
    private final boolean dryRun;

    private Applier(Builder b) {
        this.store = b.store;
        this.concurrency = b.concurrency;
        this.maxRounds = b.maxRounds;
        this.progress = b.progress;
        this.dryRun = b.dryRun;
    }

    /**
     * A builder for an applier over {@code store}.
     *
     * @param store the zone to write
     * @return a new builder
     * @throws ValidationException if {@code store} is null
     */
    public static Builder builder(MappingStore store) {
        return new Builder(store);
    }

    /**
     * Reads the zone and plans; writes nothing.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the plan, or a failure with the read's exception or {@link PlanRefusedException}
     */
    public CompletableFuture<Plan> planAsync(DesiredSet desired, PlanOptions options) {
        return store.list().thenApply(listing -> Planner.plan(desired, listing.mappings(), options));
    }

    /**
     * Blocking {@link #planAsync}.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the plan
     * @throws CloudflareException the read's failure, or {@link PlanRefusedException}
     */
    public Plan plan(DesiredSet desired, PlanOptions options) {
        return join(planAsync(desired, options));
    }

    /**
     * Carries out {@code plan}, made against the zone as it was when planned. A plan with nothing
     * to do sends nothing; in a dry run nothing is sent either and the report shows the plan.
     *
     * @param plan the plan
     * @return the report; the future fails only for a fault of the applier itself, never for
     *     a failed request (those are in {@link SyncReport#failed()})
     */
    public CompletableFuture<SyncReport> applyAsync(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return run(plan, 0);
    }

    /**
     * Blocking {@link #applyAsync}.
     *
     * @param plan the plan
     * @return the report
     */
    public SyncReport apply(Plan plan) {
        return join(applyAsync(plan));
    }

    /**
     * Reads the zone, plans, and applies: the whole sync. The read is in the report's
     * {@link SyncReport#readRequests()}.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the report, or a failure with the first read's exception or {@link PlanRefusedException}
     */
    public CompletableFuture<SyncReport> syncAsync(DesiredSet desired, PlanOptions options) {
        return store.list().thenCompose(listing -> run(Planner.plan(desired, listing.mappings(), options),
                listing.requests()));
    }

    /**
     * Blocking {@link #syncAsync}.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the report
     * @throws CloudflareException the first read's failure, or {@link PlanRefusedException}
     */
    public SyncReport sync(DesiredSet desired, PlanOptions options) {
        return join(syncAsync(desired, options));
    }

    private CompletableFuture<SyncReport> run(Plan plan, int readsBefore) {
        if (dryRun) {
            return CompletableFuture.completedFuture(new SyncReport(plan.creates(), plan.updates(), plan.deletes(),
                    plan.unchanged(), List.of(), 0, readsBefore, 0, true));
        }
        return new ApplyRun(store, plan, concurrency, maxRounds, progress, readsBefore).start();
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = Failures.unwrap(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CloudflareException("sync failed", cause);
        } catch (CancellationException e) {
            throw e;
        }
    }

    @Override
    public String toString() {
        return "Applier{store=" + store.describe() + ", concurrency=" + concurrency + ", maxRounds=" + maxRounds
                + (dryRun ? ", dryRun" : "") + "}";
    }

    /** Builds an {@link Applier}. Not thread-safe. */
    public static final class Builder {
        private final MappingStore store;
        private int concurrency = DEFAULT_CONCURRENCY;
        private int maxRounds = DEFAULT_MAX_ROUNDS;
        private ProgressListener progress = ProgressListener.NONE;
        private boolean dryRun;

        private Builder(MappingStore store) {
            if (store == null) {
                throw new ValidationException("store", null, "required");
            }
            this.store = store;
        }

        /**
         * Batch requests in flight at once; default {@value Applier#DEFAULT_CONCURRENCY}.
         *
         * @param concurrency 1 to 64
         * @return this builder
         * @throws ValidationException if out of range
         */
        public Builder concurrency(int concurrency) {
            if (concurrency < 1 || concurrency > 64) {
                throw new ValidationException("concurrency", Integer.toString(concurrency), "must be between 1 and 64");
            }
            this.concurrency = concurrency;
            return this;
        }

        /**
         * Rounds of writing at most; default {@value Applier#DEFAULT_MAX_ROUNDS}. After a round
         * with request-level failures the zone is re-read and what is left re-planned.
         *
         * @param rounds 1 to 10
         * @return this builder
         * @throws ValidationException if out of range
         */
        public Builder maxRounds(int rounds) {
            if (rounds < 1 || rounds > 10) {
                throw new ValidationException("maxRounds", Integer.toString(rounds), "must be between 1 and 10");
            }
            this.maxRounds = rounds;
            return this;
        }

        /**
         * Told after each batch how many planned changes are settled.
         *
         * @param listener the listener
         * @return this builder
         * @throws ValidationException if null
         */
        public Builder progress(ProgressListener listener) {
            if (listener == null) {
                throw new ValidationException("progress", null, "required");
            }
            this.progress = listener;
            return this;
        }

        /**
         * Writes nothing: {@link #apply} and {@link #sync} report what the plan would do.
         *
         * @param dryRun whether to write nothing
         * @return this builder
         */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * The applier.
         *
         * @return an immutable applier
         */
        public Applier build() {
            return new Applier(this);
        }
    }
}
