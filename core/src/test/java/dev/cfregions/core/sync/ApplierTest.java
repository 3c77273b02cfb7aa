package dev.cfregions.core.sync;

import static dev.cfregions.core.sync.Fixtures.m;
import static dev.cfregions.core.sync.Fixtures.many;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.sync.MemoryStore.Fault;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The applier against a zone in memory: batching, ordering, per-item and request-level failures, rounds. */
class ApplierTest {
    private final MemoryStore store = new MemoryStore();

    private Applier applier() {
        return Applier.builder(store).build();
    }

    @Test
    void anEmptyZoneGets3500MappingsIn35Writes() {
        List<Mapping> wanted = many(0, 3500);
        SyncReport report = applier().apply(Planner.plan(DesiredSet.of(wanted), List.of(), PlanOptions.fullOwnership()));
        assertThat(report.created()).isEqualTo(wanted);
        assertThat(report.writeRequests()).isEqualTo(35);
        assertThat(store.writeCalls()).isEqualTo(35);
        assertThat(report.readRequests()).isZero();
        assertThat(report.rounds()).isEqualTo(1);
        assertThat(report.succeeded()).isTrue();
        assertThat(store.zone.values()).containsExactlyElementsOf(wanted);
    }

    @Test
    void aZoneThatAlreadyMatchesGetsNoWrites() {
        store.seed(many(0, 300));
        SyncReport report = applier().sync(DesiredSet.of(many(0, 300)), PlanOptions.fullOwnership());
        assertThat(report.writeRequests()).isZero();
        assertThat(store.writeCalls()).isZero();
        assertThat(report.readRequests()).isEqualTo(1);
        assertThat(report.unchanged()).hasSize(300);
        assertThat(report.rounds()).isZero();
    }

    @Test
    void aDryRunWritesNothingAndShowsThePlan() {
        store.seed(many(0, 10));
        Plan plan = Planner.plan(DesiredSet.of(many(5, 10)), new ArrayList<>(store.zone.values()), PlanOptions.fullOwnership());
        SyncReport report = Applier.builder(store).dryRun(true).build().apply(plan);
        assertThat(store.calls).isEmpty();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.created()).hasSize(5);
        assertThat(report.deleted()).hasSize(5);
        assertThat(report.unchanged()).hasSize(5);
        assertThat(report.requests()).isZero();
        assertThat(store.zone).hasSize(10);
    }

    @Test
    void mixedChangesLandAndAreReportedByKind() {
        store.seed(m("192.0.2.1", Vendor.AWS, "us-east-1"), m("192.0.2.2", Vendor.AWS, "us-east-1"),
                m("192.0.2.3", Vendor.AWS, "us-east-1"));
        DesiredSet desired = DesiredSet.of(List.of(m("192.0.2.1", Vendor.AWS, "us-east-1"),
                m("192.0.2.2", Vendor.GCP, "us-central1"), m("2001:db8::1", Vendor.OCI, "us-ashburn-1")));
        SyncReport report = applier().sync(desired, PlanOptions.fullOwnership());
        assertThat(report.created()).containsExactly(m("2001:db8::1", Vendor.OCI, "us-ashburn-1"));
        assertThat(report.updated()).extracting(u -> u.after()).containsExactly(m("192.0.2.2", Vendor.GCP, "us-central1"));
        assertThat(report.deleted()).extracting(Mapping::ip).containsExactly(OriginIp.of("192.0.2.3"));
        assertThat(report.unchanged()).hasSize(1);
        assertThat(report.writeRequests()).isEqualTo(2); // one upsert batch, one delete batch
        assertThat(store.zone.values()).containsExactlyInAnyOrderElementsOf(desired.mappings());
    }

    @Test
    void perItemFailuresAreReportedWithTheServicesReasonAndNeverRetried() {
        List<Mapping> wanted = new ArrayList<>(many(0, 150));
        wanted.set(7, m("10.0.0.7", Vendor.AWS, MemoryStore.BAD_REGION));
        wanted.set(120, m("10.0.0.120", Vendor.AWS, MemoryStore.BAD_REGION));
        SyncReport report = applier().apply(Planner.plan(DesiredSet.of(wanted), List.of(), PlanOptions.additive()));
        assertThat(report.failed()).containsExactly(
                new ItemFailure(OriginIp.of("10.0.0.7"), Action.CREATE, MemoryStore.UNSUPPORTED),
                new ItemFailure(OriginIp.of("10.0.0.120"), Action.CREATE, MemoryStore.UNSUPPORTED));
        assertThat(report.created()).hasSize(148);
        assertThat(report.writeRequests()).isEqualTo(2);
        assertThat(store.writeCalls()).isEqualTo(2);
        assertThat(report.readRequests()).isZero();
        assertThat(report.rounds()).isEqualTo(1);
    }

    @Test
    void aBatchThatFailsAtRequestLevelIsReplannedAfterARead() {
        store.writeFaults.add(Fault.FAIL_BEFORE);
        List<Mapping> wanted = many(0, 250);
        SyncReport report = applier().apply(Planner.plan(DesiredSet.of(wanted), List.of(), PlanOptions.additive()));
        assertThat(report.created()).isEqualTo(wanted);
        assertThat(report.failed()).isEmpty();
        assertThat(report.rounds()).isEqualTo(2);
        assertThat(report.readRequests()).isEqualTo(1);
        assertThat(report.writeRequests()).isEqualTo(4); // 3 batches, then the failed one again
        assertThat(store.writeCalls()).isEqualTo(4);
        assertThat(store.zone.values()).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void aWriteThatLandedButWhoseAnswerWasLostCountsAsAppliedWithoutResending() {
        store.seed(many(1000, 50));
        store.writeFaults.add(Fault.FAIL_AFTER_APPLYING);
        store.writeFaults.add(Fault.FAIL_AFTER_APPLYING);
        DesiredSet desired = DesiredSet.of(many(0, 80));
        SyncReport report = Applier.builder(store).concurrency(1).build().sync(desired, PlanOptions.fullOwnership());
        assertThat(report.deleted()).hasSize(50);
        assertThat(report.created()).hasSize(80);
        assertThat(report.failed()).isEmpty();
        assertThat(report.writeRequests()).isEqualTo(2);
        assertThat(store.writeCalls()).isEqualTo(2);
        assertThat(report.readRequests()).isEqualTo(2); // the first read, and the re-read that found both applied
        assertThat(report.rounds()).isEqualTo(1);
    }

    @Test
    void aDeleteThatFailsAsNotFoundButReReadsAsAbsentCountsAsDeleted() {
        store.seed(many(0, 3));
        Plan plan = Planner.plan(DesiredSet.empty(), new ArrayList<>(store.zone.values()), PlanOptions.fullOwnership());
        store.zone.remove(OriginIp.of("10.0.0.1")); // e.g. an earlier attempt of ours that landed
        SyncReport report = applier().apply(plan);
        assertThat(report.deleted()).hasSize(3);
        assertThat(report.failed()).isEmpty();
        assertThat(report.readRequests()).isEqualTo(1);
        assertThat(report.writeRequests()).isEqualTo(1);
    }

    @Test
    void aDeleteThatFailsPerItemAndIsStillThereIsReportedNotRetried() {
        MemoryStore stubborn = new MemoryStore() {
            @Override
            public synchronized CompletableFuture<BatchResult> delete(List<OriginIp> ips, RequestCounter requests) {
                calls.add("delete " + ips.size());
                requests.requestSent();
                return CompletableFuture.completedFuture(new BatchResult(List.of(),
                        ips.stream().map(ip -> new dev.cfregions.core.model.BatchItemFailure(ip.value(), "locked")).toList()));
            }
        };
        stubborn.seed(many(0, 2));
        SyncReport report = Applier.builder(stubborn).build().sync(DesiredSet.empty(), PlanOptions.fullOwnership());
        assertThat(report.failed()).extracting(ItemFailure::reason).containsExactly("locked", "locked");
        assertThat(report.failed()).extracting(ItemFailure::action).containsOnly(Action.DELETE);
        assertThat(stubborn.writeCalls()).isEqualTo(1);
    }

    @Test
    void failuresThatOutlastEveryRoundAreReportedForEveryItemNeverDropped() {
        for (int i = 0; i < 100; i++) {
            store.writeFaults.add(Fault.FAIL_BEFORE);
        }
        List<Mapping> wanted = many(0, 150);
        SyncReport report = applier().apply(Planner.plan(DesiredSet.of(wanted), List.of(), PlanOptions.additive()));
        assertThat(report.failed()).hasSize(150);
        assertThat(report.failed()).extracting(ItemFailure::reason)
                .allMatch(r -> r.contains("not applied after 3 rounds") && r.contains("HTTP 503"));
        assertThat(report.created()).isEmpty();
        assertThat(report.rounds()).isEqualTo(3);
        assertThat(report.writeRequests()).isEqualTo(6);
        assertThat(report.readRequests()).isEqualTo(3); // after rounds 1 and 2, and the final one that settles
        assertThat(store.zone).isEmpty();
    }

    @Test
    void aReReadThatFailsSpendsARound() {
        store.writeFaults.add(Fault.FAIL_BEFORE);
        store.listFaults.add(Fault.FAIL_BEFORE);
        SyncReport report = applier().apply(Planner.plan(DesiredSet.of(many(0, 10)), List.of(), PlanOptions.additive()));
        assertThat(report.created()).hasSize(10);
        assertThat(report.rounds()).isEqualTo(3);
        assertThat(report.readRequests()).isEqualTo(2);
        assertThat(report.writeRequests()).isEqualTo(2);
    }

    @Test
    void aDefiniteRequestLevelRefusalFailsItsItemsWithoutAReRead() {
        store.limit = 50;
        SyncReport report = applier().apply(Planner.plan(DesiredSet.of(many(0, 60)), List.of(), PlanOptions.additive()));
        assertThat(report.failed()).hasSize(60).extracting(ItemFailure::reason).allMatch(r -> r.contains("1164"));
        assertThat(report.readRequests()).isZero();
        assertThat(report.writeRequests()).isEqualTo(1);
    }

    @Test
    void deletesGoFirstWhenCreatingFirstWouldPassTheLimit() {
        List<CompletableFuture<Void>> heldDeletes = Collections.synchronizedList(new ArrayList<>());
        MemoryStore slowDeletes = new MemoryStore() {
            @Override
            public synchronized CompletableFuture<BatchResult> delete(List<OriginIp> ips, RequestCounter requests) {
                CompletableFuture<BatchResult> answer = super.delete(ips, requests);
                CompletableFuture<Void> release = new CompletableFuture<>();
                heldDeletes.add(release);
                return release.thenCompose(v -> answer);
            }
        };
        List<Mapping> zone = many(0, 3450);
        slowDeletes.seed(zone);
        List<Mapping> wanted = new ArrayList<>(zone.subList(300, 3450));
        wanted.addAll(many(10_000, 300));
        CompletableFuture<SyncReport> run = Applier.builder(slowDeletes).build()
                .syncAsync(DesiredSet.of(wanted), PlanOptions.fullOwnership());
        // a fourth request could be in flight, but no create may start before the deletes have landed
        assertThat(slowDeletes.calls).containsExactly("list", "delete 100", "delete 100", "delete 100");
        new ArrayList<>(heldDeletes).forEach(f -> f.complete(null));
        SyncReport report = run.join();
        assertThat(report.failed()).isEmpty();
        assertThat(report.deleted()).hasSize(300);
        assertThat(report.created()).hasSize(300);
        assertThat(slowDeletes.maxSizeSeen).isLessThanOrEqualTo(3450);
        assertThat(slowDeletes.calls.subList(4, 7)).allMatch(c -> c.startsWith("upsert"));
    }

    @Test
    void whenDeletesThatMustGoFirstFailTheCreatesWaitForTheNextRound() {
        store.seed(many(0, 3500));
        store.writeFaults.add(Fault.FAIL_BEFORE);
        List<Mapping> wanted = new ArrayList<>(many(100, 3400));
        wanted.addAll(many(10_000, 100));
        SyncReport report = applier().sync(DesiredSet.of(wanted), PlanOptions.fullOwnership());
        assertThat(report.failed()).isEmpty();
        assertThat(report.rounds()).isEqualTo(2);
        assertThat(store.calls).containsExactly("list", "delete 100", "list", "delete 100", "upsert 100");
        assertThat(store.zone.values()).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void aDeleteThatMustGoFirstButIsAlreadyGoneDoesNotHoldTheCreatesBack() {
        store.seed(many(0, 3500));
        List<Mapping> wanted = new ArrayList<>(many(100, 3400));
        wanted.addAll(many(10_000, 100));
        Plan plan = Planner.plan(DesiredSet.of(wanted), new ArrayList<>(store.zone.values()), PlanOptions.fullOwnership());
        store.zone.remove(OriginIp.of("10.0.0.5")); // someone deleted it meanwhile: the delete fails as not found
        SyncReport report = applier().apply(plan);
        assertThat(report.failed()).isEmpty();
        assertThat(report.deleted()).hasSize(100);
        assertThat(report.created()).hasSize(100);
        assertThat(report.rounds()).isEqualTo(1);
        assertThat(store.calls).containsExactly("delete 100", "upsert 100", "list");
    }

    @Test
    void atMostConcurrencyBatchesAreInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<BatchResult>> held = Collections.synchronizedList(new ArrayList<>());
        MappingStore slow = new MemoryStore() {
            @Override
            public CompletableFuture<BatchResult> upsert(List<Mapping> items, RequestCounter requests) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                CompletableFuture<BatchResult> answer = super.upsert(items, requests);
                CompletableFuture<BatchResult> later = new CompletableFuture<>();
                held.add(later);
                return later.thenCompose(v -> {
                    inFlight.decrementAndGet();
                    return answer;
                });
            }
        };
        CompletableFuture<SyncReport> run = Applier.builder(slow).concurrency(3).build()
                .applyAsync(Planner.plan(DesiredSet.of(many(0, 1000)), List.of(), PlanOptions.additive()));
        for (int released = 0; released < 10; released++) {
            assertThat(held).hasSizeLessThanOrEqualTo(released + 3);
            CompletableFuture<BatchResult> next;
            synchronized (held) {
                next = held.get(released);
            }
            next.complete(null);
        }
        assertThat(run.join().created()).hasSize(1000);
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void progressCountsSettledChangesUpToTheTotal() {
        List<int[]> seen = Collections.synchronizedList(new ArrayList<>());
        store.writeFaults.add(Fault.FAIL_BEFORE);
        Applier.builder(store).progress((done, total) -> seen.add(new int[] {done, total})).build()
                .apply(Planner.plan(DesiredSet.of(many(0, 250)), List.of(), PlanOptions.additive()));
        assertThat(seen).isNotEmpty().allMatch(p -> p[1] == 250);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        }
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(250);
    }

    @Test
    void aFirstReadThatFailsIsMadeAgainAndSpendsARound() {
        store.listFaults.add(Fault.FAIL_BEFORE);
        SyncReport report = applier().sync(DesiredSet.of(many(0, 1)), PlanOptions.additive());
        assertThat(report.created()).hasSize(1);
        assertThat(report.failed()).isEmpty();
        assertThat(report.rounds()).isEqualTo(2);
        assertThat(report.readRequests()).isEqualTo(2);
        assertThat(report.writeRequests()).isEqualTo(1);
        assertThat(store.calls).containsExactly("list", "list", "upsert 1");
    }

    @Test
    void whenEveryReadFailsTheSyncFailsWithTheLastAfterMaxRoundsReadsAndWritesNothing() {
        for (int i = 0; i < 3; i++) {
            store.listFaults.add(Fault.FAIL_BEFORE);
        }
        CompletableFuture<SyncReport> f = applier().syncAsync(DesiredSet.of(many(0, 1)), PlanOptions.additive());
        assertThat(f).failsWithin(java.time.Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(dev.cfregions.core.errors.InternalServerException.class);
        assertThat(store.calls).containsExactly("list", "list", "list");
    }

    @Test
    void aReadRefusedOutrightIsNotMadeAgain() {
        store.listFaults.add(Fault.REFUSED);
        CompletableFuture<SyncReport> f = applier().syncAsync(DesiredSet.of(many(0, 1)), PlanOptions.additive());
        assertThat(f).failsWithin(java.time.Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(dev.cfregions.core.errors.PermissionDeniedException.class);
        assertThat(store.calls).containsExactly("list");
    }

    @Test
    void readsThatFailedBeforeThePlanLeaveFewerRoundsForWriting() {
        store.listFaults.add(Fault.FAIL_BEFORE);
        store.listFaults.add(Fault.FAIL_BEFORE);
        store.writeFaults.add(Fault.FAIL_BEFORE);
        SyncReport report = applier().sync(DesiredSet.of(many(0, 10)), PlanOptions.additive());
        // reads in rounds 1 and 2 failed; the writes of round 3 failed and the final read settles them
        assertThat(report.rounds()).isEqualTo(3);
        assertThat(report.failed()).hasSize(10).extracting(ItemFailure::reason).allMatch(r -> r.contains("after 3 rounds"));
        assertThat(store.calls).containsExactly("list", "list", "list", "upsert 10", "list");
        assertThat(report.readRequests()).isEqualTo(4);
        assertThat(report.writeRequests()).isEqualTo(1);
    }

    @Test
    void aPreparedSyncShowsThePlanAndTheZoneAndItsReportCountsThePreparingReads() {
        store.seed(many(0, 5));
        store.listFaults.add(Fault.FAIL_BEFORE);
        PreparedSync prepared = applier().prepare(DesiredSet.of(many(3, 5)), PlanOptions.fullOwnership());
        assertThat(prepared.zone()).isEqualTo(many(0, 5));
        assertThat(prepared.plan().creates()).hasSize(3);
        assertThat(prepared.plan().deletes()).hasSize(3);
        assertThat(prepared.readRequests()).isEqualTo(2);
        assertThat(prepared.failedReads()).isEqualTo(1);
        assertThat(store.writeCalls()).isZero();
        SyncReport report = prepared.apply();
        assertThat(report.readRequests()).isEqualTo(2);
        assertThat(report.writeRequests()).isEqualTo(2);
        assertThat(report.rounds()).isEqualTo(2);
        assertThat(store.zone.values()).containsExactlyInAnyOrderElementsOf(many(3, 5));
    }

    @Test
    void cancellingAnApplyStopsItsBatchesAndCancelsTheOneInFlight() {
        List<CompletableFuture<BatchResult>> held = Collections.synchronizedList(new ArrayList<>());
        MemoryStore slow = new MemoryStore() {
            @Override
            public CompletableFuture<BatchResult> upsert(List<Mapping> items, RequestCounter requests) {
                synchronized (this) {
                    calls.add("upsert " + items.size());
                }
                CompletableFuture<BatchResult> answer = new CompletableFuture<>();
                held.add(answer);
                return answer;
            }
        };
        CompletableFuture<SyncReport> run = Applier.builder(slow).concurrency(1).build()
                .applyAsync(Planner.plan(DesiredSet.of(many(0, 1000)), List.of(), PlanOptions.additive()));
        assertThat(held).hasSize(1);
        assertThat(run.cancel(true)).isTrue();
        assertThat(held.get(0)).isCancelled();
        assertThat(slow.calls).containsExactly("upsert 100"); // no further batch, and no re-read
        assertThat(run).isCancelled();
    }

    @Test
    void cancellingASyncStopsItToo() {
        List<CompletableFuture<BatchResult>> held = Collections.synchronizedList(new ArrayList<>());
        MemoryStore slow = new MemoryStore() {
            @Override
            public CompletableFuture<BatchResult> upsert(List<Mapping> items, RequestCounter requests) {
                synchronized (this) {
                    calls.add("upsert " + items.size());
                }
                CompletableFuture<BatchResult> answer = new CompletableFuture<>();
                held.add(answer);
                return answer;
            }
        };
        CompletableFuture<SyncReport> run = Applier.builder(slow).concurrency(2).build()
                .syncAsync(DesiredSet.of(many(0, 1000)), PlanOptions.additive());
        assertThat(held).hasSize(2);
        run.cancel(true);
        assertThat(held).allMatch(CompletableFuture::isCancelled);
        assertThat(slow.calls).containsExactly("list", "upsert 100", "upsert 100");
    }

    @Test
    void theSupportedRegionsPassThroughThePort() {
        assertThat(store.supportedRegions().join()).isEqualTo(new SupportedRegions(true, java.util.Map.of()));
    }
}
