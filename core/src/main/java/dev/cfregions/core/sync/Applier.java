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
 * as applied), and re-plans the rest, for at most {@code maxRounds} rounds. A read of the zone
 * that fails that way, the first one included, spends a round too: {@code maxRounds} bounds
 * reads and writes together. The report's request counts are the HTTP requests actually sent,
 * each retry of the client's policy included. Thread-safe; immutable once built.
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
     * Reads the zone and plans; writes nothing. A read that fails with a request-level failure
     * (5xx, 429, a transport failure or timeout) after the client's retries is made again, each
     * spending a round, up to {@code maxRounds} reads.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the prepared sync, to apply; or a failure with the last read's exception (when
     *     every read failed, or one failed otherwise, such as a 403) or {@link PlanRefusedException}
     * @throws NullPointerException if an argument is null
     */
    public CompletableFuture<PreparedSync> prepareAsync(DesiredSet desired, PlanOptions options) {
        Objects.requireNonNull(desired, "desired");
        Objects.requireNonNull(options, "options");
        CompletableFuture<PreparedSync> out = new CompletableFuture<>();
        read(desired, options, new RequestCounter(), 0, out);
        return out;
    }

    private void read(DesiredSet desired, PlanOptions options, RequestCounter reads, int failedBefore,
            CompletableFuture<PreparedSync> out) {
        CompletableFuture<MappingStore.Listing> listing;
        try {
            listing = store.list(reads);
        } catch (RuntimeException e) {
            listing = CompletableFuture.failedFuture(e);
        }
        listing.whenComplete((l, failure) -> {
            if (out.isDone()) {
                return; // cancelled
            }
            if (failure == null) {
                try {
                    out.complete(new PreparedSync(this, Planner.plan(desired, l.mappings(), options), l.mappings(),
                            reads.count(), failedBefore));
                } catch (RuntimeException e) {
                    out.completeExceptionally(e);
                }
            } else if (Failures.transientFailure(failure) && failedBefore + 1 < maxRounds) {
                read(desired, options, reads, failedBefore + 1, out);
            } else {
                out.completeExceptionally(Failures.unwrap(failure));
            }
        });
    }

    /**
     * Blocking {@link #prepareAsync}.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the prepared sync
     * @throws CloudflareException the last read's failure, or {@link PlanRefusedException}
     */
    public PreparedSync prepare(DesiredSet desired, PlanOptions options) {
        return join(prepareAsync(desired, options));
    }

    /**
     * Reads the zone and plans; writes nothing: {@link #prepareAsync}'s plan.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the plan, or a failure with the read's exception or {@link PlanRefusedException}
     */
    public CompletableFuture<Plan> planAsync(DesiredSet desired, PlanOptions options) {
        return prepareAsync(desired, options).thenApply(PreparedSync::plan);
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
        return run(plan, 0, 0);
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
     * Reads the zone, plans, and applies: the whole sync, {@link #prepareAsync} then
     * {@link PreparedSync#applyAsync}. The reads are in the report's
     * {@link SyncReport#readRequests()}. Cancelling the result stops the sync: nothing more is
     * sent.
     *
     * @param desired what the zone should hold
     * @param options mode, delete guard, zone limit
     * @return the report, or a failure as {@link #prepareAsync} fails
     */
    public CompletableFuture<SyncReport> syncAsync(DesiredSet desired, PlanOptions options) {
        CompletableFuture<PreparedSync> prepared = prepareAsync(desired, options);
        CompletableFuture<SyncReport> out = new CompletableFuture<>();
        prepared.whenComplete((p, failure) -> {
            if (failure != null) {
                out.completeExceptionally(Failures.unwrap(failure));
                return;
            }
            if (out.isDone()) {
                return; // cancelled while reading
            }
            CompletableFuture<SyncReport> applied = p.applyAsync();
            out.whenComplete((r, e) -> {
                if (out.isCancelled()) {
                    applied.cancel(true);
                }
            });
            applied.whenComplete((r, e) -> {
                if (e != null) {
                    out.completeExceptionally(Failures.unwrap(e));
                } else {
                    out.complete(r);
                }
            });
        });
        out.whenComplete((r, e) -> {
            if (out.isCancelled()) {
                prepared.cancel(true);
            }
        });
        return out;
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

    /** Applies {@code plan} after reads that made {@code readsBefore} requests and spent {@code roundsBefore} rounds failing. */
    CompletableFuture<SyncReport> run(Plan plan, int readsBefore, int roundsBefore) {
        if (dryRun) {
            return CompletableFuture.completedFuture(new SyncReport(plan.creates(), plan.updates(), plan.deletes(),
                    plan.unchanged(), List.of(), 0, readsBefore, 0, true));
        }
        return new ApplyRun(store, plan, concurrency, maxRounds, progress, readsBefore, roundsBefore).start();
    }

    static <T> T join(CompletableFuture<T> f) {
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
