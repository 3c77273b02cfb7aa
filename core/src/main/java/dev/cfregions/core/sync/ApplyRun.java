package dev.cfregions.core.sync;

import dev.cfregions.core.model.BatchItemFailure;
import dev.cfregions.core.model.BatchItemSuccess;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One apply, from the first round to the report. Each planned change ends settled (applied, or
 * failed with its reason) or, when a request-level failure leaves its outcome unknown, pending
 * until a re-read of the zone tells. Pending changes are re-planned against that read for the
 * next round; after the last round a final read settles what it can and the rest fail.
 *
 * <p>Every request the store sends is counted, each retry of the client's policy included, so
 * that the report's counts are what the service received. Cancelling the result stops the run:
 * no further batch is sent, those in flight are cancelled, and the zone is not read again.
 */
final class ApplyRun {
    /** What the run knows about one IP. */
    private enum State { PENDING, VERIFY }

    private record Planned(Action action, Mapping before, Mapping target) {}

    private final MappingStore store;
    private final Plan original;
    private final int concurrency;
    private final int maxRounds;
    private final ProgressListener progress;
    private final int total;
    private final int firstRound;
    private final int readsBefore;
    private final RequestCounter reads = new RequestCounter();
    private final RequestCounter writes = new RequestCounter();
    private final CompletableFuture<SyncReport> result = new CompletableFuture<>();
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

    // all guarded by this
    private final Map<OriginIp, Planned> planned = new HashMap<>();
    private final Map<OriginIp, Object> settled = new HashMap<>(); // Mapping, Update or ItemFailure
    private final Map<OriginIp, State> open = new LinkedHashMap<>();
    private final Map<OriginIp, String> openReason = new HashMap<>();
    private int done;
    private int rounds;
    private int batches;

    /**
     * @param readsBefore requests already made to read the zone for this plan, for the report
     * @param roundsBefore rounds already spent on reads of the zone that failed; the first round
     *     of writing is the next, so {@code maxRounds} bounds reads and writes together
     */
    ApplyRun(MappingStore store, Plan plan, int concurrency, int maxRounds, ProgressListener progress, int readsBefore,
            int roundsBefore) {
        this.store = store;
        this.original = plan;
        this.concurrency = concurrency;
        this.maxRounds = maxRounds;
        this.progress = progress;
        this.total = plan.changeCount();
        this.readsBefore = readsBefore;
        this.firstRound = roundsBefore + 1;
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                inFlight.forEach(f -> f.cancel(true));
            }
        });
    }

    CompletableFuture<SyncReport> start() {
        if (original.isEmpty()) {
            finish();
        } else {
            round(original, firstRound);
        }
        return result;
    }

    private void round(Plan plan, int round) {
        synchronized (this) {
            rounds = round;
            for (Mapping m : plan.creates()) {
                planned.put(m.ip(), new Planned(Action.CREATE, null, m));
            }
            for (Update u : plan.updates()) {
                planned.put(u.after().ip(), new Planned(Action.UPDATE, u.before(), u.after()));
            }
            for (Mapping m : plan.deletes()) {
                planned.put(m.ip(), new Planned(Action.DELETE, m, null));
            }
        }
        List<Supplier<CompletableFuture<?>>> deletes = new ArrayList<>();
        for (List<Mapping> chunk : chunks(plan.deletes())) {
            List<OriginIp> ips = chunk.stream().map(Mapping::ip).toList();
            deletes.add(() -> write(ips, () -> store.delete(ips, writes)));
        }
        List<Mapping> targets = new ArrayList<>(plan.creates());
        plan.updates().forEach(u -> targets.add(u.after()));
        List<Supplier<CompletableFuture<?>>> upserts = new ArrayList<>();
        for (List<Mapping> chunk : chunks(targets)) {
            List<OriginIp> ips = chunk.stream().map(Mapping::ip).toList();
            upserts.add(() -> write(ips, () -> store.upsert(chunk, writes)));
        }
        CompletableFuture<Void> writesDone;
        if (plan.deletesFirst()) {
            writesDone = Dispatcher.runAll(deletes, concurrency, result::isDone).thenCompose(v -> {
                if (anyPending(plan.deletes())) {
                    // a delete batch may not have landed: creating now could pass the zone's limit
                    // (a delete refused as not found is absent already, so it holds nothing back)
                    markOpen(targets, "not sent: deletes that must land first failed; " + firstOpenReason());
                    return CompletableFuture.completedFuture(null);
                }
                return Dispatcher.runAll(upserts, concurrency, result::isDone);
            });
        } else {
            List<Supplier<CompletableFuture<?>>> all = new ArrayList<>(deletes);
            all.addAll(upserts);
            writesDone = Dispatcher.runAll(all, concurrency, result::isDone);
        }
        writesDone.whenComplete((v, e) -> guarded(() -> afterRound(round)));
    }

    /** Sends one batch and settles its items from the answer. */
    private CompletableFuture<?> write(List<OriginIp> ips, Supplier<CompletableFuture<BatchResult>> call) {
        if (result.isDone()) {
            return CompletableFuture.completedFuture(null); // cancelled: nothing more is sent
        }
        synchronized (this) {
            batches++;
        }
        CompletableFuture<BatchResult> f;
        try {
            f = call.get();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<BatchResult> sent = f;
        inFlight.add(sent);
        if (result.isCancelled()) {
            sent.cancel(true); // cancelled while this batch was being started
        }
        sent.whenComplete((b, e) -> inFlight.remove(sent));
        return f.handle((batch, failure) -> {
            guarded(() -> onAnswer(ips, batch, failure));
            return null;
        });
    }

    private synchronized void onAnswer(List<OriginIp> ips, BatchResult batch, Throwable failure) {
        if (failure != null) {
            String reason = Failures.reason(failure);
            boolean unknown = Failures.transientFailure(failure);
            for (OriginIp ip : ips) {
                if (unknown) {
                    open(ip, State.PENDING, reason);
                } else {
                    fail(ip, reason);
                }
            }
        } else {
            Set<OriginIp> unanswered = new LinkedHashSet<>(ips);
            for (BatchItemSuccess s : batch.succeeded()) {
                if (unanswered.remove(s.ip())) {
                    applied(s.ip());
                }
            }
            for (BatchItemFailure f : batch.failed()) {
                Optional<OriginIp> ip = OriginIp.tryParse(f.ip());
                if (ip.isPresent() && unanswered.remove(ip.get())) {
                    if (planned.get(ip.get()).action == Action.DELETE) {
                        // "not found" may mean an earlier attempt of ours landed: the re-read tells
                        open(ip.get(), State.VERIFY, f.error());
                    } else {
                        fail(ip.get(), f.error());
                    }
                }
            }
            for (OriginIp ip : unanswered) {
                open(ip, State.PENDING, "the service's answer did not mention this item");
            }
        }
        progress.onProgress(done, total);
    }

    private void afterRound(int round) {
        if (result.isDone()) {
            return; // cancelled: the zone is not read again
        }
        synchronized (this) {
            if (open.isEmpty()) {
                finish();
                return;
            }
        }
        store.list(reads).whenComplete((listing, failure) -> guarded(() -> {
            if (result.isDone()) {
                return;
            }
            if (failure != null) {
                String reason = Failures.reason(failure);
                if (round < maxRounds) {
                    synchronized (this) {
                        rounds = round + 1; // this round was spent on a read that failed
                    }
                    afterRound(round + 1);
                } else {
                    failOpen("outcome unknown, and re-reading the zone failed: " + reason);
                    finish();
                }
                return;
            }
            Plan next = settleFromRead(listing.mappings());
            if (next == null) {
                finish();
            } else if (round < maxRounds) {
                round(next, round + 1);
            } else {
                failOpen(null);
                finish();
            }
        }));
    }

    /** Settles what the read shows; the plan for what is still open, or null when nothing is. */
    private synchronized Plan settleFromRead(List<Mapping> actual) {
        Map<OriginIp, Mapping> zone = new HashMap<>();
        actual.forEach(m -> zone.put(m.ip(), m));
        Set<OriginIp> stillOpen = new LinkedHashSet<>();
        for (Map.Entry<OriginIp, State> e : new ArrayList<>(open.entrySet())) {
            OriginIp ip = e.getKey();
            Planned p = planned.get(ip);
            Mapping now = zone.get(ip);
            boolean landed = p.action == Action.DELETE ? now == null : now != null && now.sameTarget(p.target);
            if (landed) {
                applied(ip);
            } else if (e.getValue() == State.VERIFY) {
                fail(ip, openReason.get(ip));
            } else {
                stillOpen.add(ip);
            }
        }
        progress.onProgress(done, total);
        if (stillOpen.isEmpty()) {
            return null;
        }
        Plan next = Planner.replan(original, stillOpen, actual);
        // what the read shows as right already counts as applied by this run
        for (Mapping m : next.unchanged()) {
            applied(m.ip());
        }
        progress.onProgress(done, total);
        return next.isEmpty() ? null : next;
    }

    private void open(OriginIp ip, State state, String reason) {
        open.put(ip, state);
        openReason.put(ip, reason);
    }

    private void markOpen(List<Mapping> mappings, String reason) {
        synchronized (this) {
            mappings.forEach(m -> open(m.ip(), State.PENDING, reason));
        }
    }

    private synchronized boolean anyPending(List<Mapping> mappings) {
        return mappings.stream().anyMatch(m -> open.get(m.ip()) == State.PENDING);
    }

    private synchronized String firstOpenReason() {
        return open.keySet().stream().findFirst().map(openReason::get).orElse("");
    }

    private void applied(OriginIp ip) {
        Planned p = planned.get(ip);
        Object outcome = switch (p.action) {
            case CREATE -> p.target;
            case UPDATE -> new Update(p.before, p.target);
            case DELETE -> p.before;
        };
        settle(ip, outcome);
    }

    private void fail(OriginIp ip, String reason) {
        settle(ip, new ItemFailure(ip, planned.get(ip).action, reason));
    }

    private void settle(OriginIp ip, Object outcome) {
        open.remove(ip);
        openReason.remove(ip);
        if (settled.put(ip, outcome) == null) {
            done++;
        }
    }

    private synchronized void failOpen(String reason) {
        for (OriginIp ip : new ArrayList<>(open.keySet())) {
            String why = reason != null ? reason : "not applied after " + maxRounds + " rounds: " + openReason.get(ip);
            fail(ip, why);
        }
        progress.onProgress(done, total);
    }

    /** A failure in the run's own code must still complete the future, never leave it hanging. */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }

    private synchronized void finish() {
        List<Mapping> created = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        List<Mapping> deleted = new ArrayList<>();
        List<ItemFailure> failed = new ArrayList<>();
        // report in the original plan's order
        List<OriginIp> order = new ArrayList<>();
        original.creates().forEach(m -> order.add(m.ip()));
        original.updates().forEach(u -> order.add(u.after().ip()));
        original.deletes().forEach(m -> order.add(m.ip()));
        for (OriginIp ip : order) {
            Object o = settled.get(ip);
            if (o instanceof ItemFailure f) {
                failed.add(f);
            } else if (o instanceof Update u) {
                updated.add(u);
            } else if (o instanceof Mapping m) {
                if (planned.get(ip).action == Action.DELETE) {
                    deleted.add(m);
                } else {
                    created.add(m);
                }
            } else {
                failed.add(new ItemFailure(ip, planned.get(ip).action, "outcome unknown"));
            }
        }
        result.complete(new SyncReport(created, updated, deleted, original.unchanged(), failed,
                batches == 0 ? 0 : rounds, readsBefore + reads.count(), writes.count(), false));
    }

    private static List<List<Mapping>> chunks(List<Mapping> all) {
        List<List<Mapping>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += MappingStore.MAX_BATCH) {
            out.add(List.copyOf(all.subList(i, Math.min(all.size(), i + MappingStore.MAX_BATCH))));
        }
        return out;
    }
}
