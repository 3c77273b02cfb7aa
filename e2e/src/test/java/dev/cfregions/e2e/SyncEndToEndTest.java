package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.Sleeper;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.ItemFailure;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.Planner;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.Update;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reconciliation against the stateful fake, in each family, over the in-process face and over
 * loopback HTTP through a real transport: the report's request counts are the fake's journal's,
 * retries of the client's policy included and under faults too; the zone's final state is the
 * fake's.
 */
@ParameterizedClass(name = "{0} {1}")
@MethodSource("cases")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SyncEndToEndTest {
    private static final String TOKEN = "sync-token";
    private static final long SEEDS = Long.getLong("sync.seeds", 10);
    private static FakeCloudflare fake;

    @Parameter(0)
    Face face;
    @Parameter(1)
    SyncFamily family;

    private HttpTransport transport;
    private CloudflareClient client;
    private Applier applier;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Face f : new Face[] {Face.IN_PROCESS, Face.OKHTTP}) {
            for (SyncFamily fam : SyncFamily.values()) {
                out.add(Arguments.of(f, fam));
            }
        }
        return out.stream();
    }

    @BeforeAll
    static void startFake() {
        fake = FakeCloudflare.create().start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void connect() {
        fake.reset();
        fake.registerToken(TOKEN);
        transport = face.transport(fake);
        Sleeper noWait = d -> CompletableFuture.completedFuture(null);
        client = CloudflareClient.builder().baseUrl(face.baseUrl(fake)).apiToken(TOKEN).transport(transport)
                .retryPolicy(RetryPolicy.defaults()).requestTimeout(Duration.ofSeconds(10)).sleeper(noWait).build();
        applier = Applier.builder(family.store(client, EXAMPLE_ZONE_ID)).build();
    }

    @AfterEach
    void disconnect() {
        client.close();
        transport.close();
    }

    private static List<Mapping> many(int from, int n, Vendor vendor, String region) {
        List<Mapping> out = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            out.add(Mapping.of(OriginIp.of("10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff)), vendor, region));
        }
        return out;
    }

    private int writes() {
        return fake.journal().count(family.upsertMethod, family.batch()) + fake.journal().count("DELETE", family.batch());
    }

    private int reads() {
        return fake.journal().count("GET", family.root);
    }

    /** Every request the fake received, whatever its path. */
    private static int received() {
        return fake.journal().all().size();
    }

    private Map<OriginIp, Mapping> zone() {
        Map<OriginIp, Mapping> z = new HashMap<>();
        fake.mappings(EXAMPLE_ZONE_ID).forEach(m -> z.put(m.ip(), m));
        return z;
    }

    private void assertZoneEquals(DesiredSet desired) {
        Map<OriginIp, Mapping> z = zone();
        assertThat(z).hasSize(desired.size());
        for (Mapping want : desired.mappings()) {
            assertThat(z.get(want.ip())).as(want.ip().value()).isNotNull().matches(m -> m.sameTarget(want));
        }
    }

    @Test
    void anEmptyZoneGets3500MappingsIn35WritesAndASecondSyncMakesNone() {
        DesiredSet desired = DesiredSet.of(many(0, 3500, Vendor.AWS, "us-east-1"));
        SyncReport first = applier.apply(Planner.plan(desired, List.of(), PlanOptions.fullOwnership()));
        assertThat(writes()).isEqualTo(35);
        assertThat(first.writeRequests()).isEqualTo(35);
        assertThat(first.created()).hasSize(3500);
        assertThat(first.succeeded()).isTrue();
        assertThat(first.readRequests()).isZero();
        assertThat(reads()).isZero();
        assertZoneEquals(desired);

        fake.journal().clear();
        SyncReport second = applier.sync(desired, PlanOptions.fullOwnership());
        assertThat(writes()).isZero();
        assertThat(second.writeRequests()).isZero();
        assertThat(second.unchanged()).hasSize(3500);
        assertThat(second.readRequests()).isEqualTo(reads()).isPositive();
    }

    @Test
    void aNearFullZoneIsReshapedDeletesFirst() {
        List<Mapping> before = many(0, 3450, Vendor.AWS, "us-east-1");
        fake.seed(EXAMPLE_ZONE_ID, before);
        List<Mapping> wanted = new ArrayList<>(before.subList(200, 3450));
        wanted.addAll(many(20_000, 200, Vendor.GCP, "us-central1"));
        wanted.set(0, Mapping.of(wanted.get(0).ip(), Vendor.AZURE, "eastus"));
        DesiredSet desired = DesiredSet.of(wanted);
        SyncReport report = applier.sync(desired, PlanOptions.fullOwnership());
        assertThat(report.failed()).isEmpty();
        assertThat(report.deleted()).hasSize(200);
        assertThat(report.created()).hasSize(200);
        assertThat(report.updated()).hasSize(1);
        assertThat(report.writeRequests()).isEqualTo(writes()).isEqualTo(2 + 3); // 2 delete batches, 201 upserts in 3
        assertZoneEquals(desired);
    }

    @Test
    void perItemFailuresAreReportedWithTheServicesReason() {
        List<Mapping> wanted = new ArrayList<>(many(0, 120, Vendor.AWS, "us-east-1"));
        wanted.set(50, Mapping.of(wanted.get(50).ip(), Vendor.AWS, "mars-north-1"));
        SyncReport report = applier.sync(DesiredSet.of(wanted), PlanOptions.additive());
        assertThat(report.failed()).hasSize(1);
        ItemFailure f = report.failed().get(0);
        assertThat(f.ip()).isEqualTo(wanted.get(50).ip());
        assertThat(f.reason()).contains("region");
        assertThat(report.created()).hasSize(119);
        assertThat(writes()).isEqualTo(2);
        assertThat(zone()).hasSize(119);
    }

    @Test
    void aBatchAnswered503ThreeTimesIsReplannedAndLands() {
        DesiredSet desired = DesiredSet.of(many(0, 250, Vendor.AWS, "us-east-1"));
        // the client's policy makes three attempts; all three fail, so the apply re-reads and re-plans
        fake.faults().next(3, family.upsertMethod, family.batch(), Fault.status(503));
        SyncReport report = Applier.builder(family.store(client, EXAMPLE_ZONE_ID)).concurrency(1).build()
                .apply(Planner.plan(desired, List.of(), PlanOptions.additive()));
        assertThat(report.failed()).isEmpty();
        assertThat(report.created()).hasSize(250);
        assertThat(report.rounds()).isEqualTo(2);
        // 3 batches, the failed one's 2 retries by the client's policy, and that batch again in round 2
        assertThat(report.writeRequests()).isEqualTo(writes()).isEqualTo(3 + 2 + 1);
        assertThat(report.readRequests()).isEqualTo(reads()).isPositive();
        assertThat(report.requests()).isEqualTo(received());
        assertZoneEquals(desired);
    }

    @Test
    void aBatchAnswered503OnceIsRetriedByTheClientAndCountsBothRequests() {
        DesiredSet desired = DesiredSet.of(many(0, 250, Vendor.AWS, "us-east-1"));
        fake.faults().next(1, family.upsertMethod, family.batch(), Fault.status(503));
        SyncReport report = applier.apply(Planner.plan(desired, List.of(), PlanOptions.additive()));
        assertThat(report.failed()).isEmpty();
        assertThat(report.rounds()).isEqualTo(1);
        assertThat(report.writeRequests()).isEqualTo(writes()).isEqualTo(3 + 1);
        assertThat(report.readRequests()).isZero();
        assertThat(report.requests()).isEqualTo(received());
        assertZoneEquals(desired);
    }

    @Test
    void aFirstReadAnswered503ThreeTimesIsMadeAgainWithinTheRoundsAndCounted() {
        fake.seed(EXAMPLE_ZONE_ID, many(0, 250, Vendor.AWS, "us-east-1"));
        DesiredSet desired = DesiredSet.of(many(100, 250, Vendor.AWS, "us-east-1"));
        // the first read's every attempt fails (its first page, for v2); the sync reads again
        fake.faults().next(3, "GET", family.root, Fault.status(503));
        SyncReport report = applier.sync(desired, PlanOptions.fullOwnership());
        assertThat(report.failed()).isEmpty();
        assertThat(report.created()).hasSize(100);
        assertThat(report.deleted()).hasSize(100);
        assertThat(report.rounds()).isEqualTo(2);
        assertThat(report.readRequests()).isEqualTo(reads()).isEqualTo(3 + (family == SyncFamily.V2 ? 3 : 1));
        assertThat(report.writeRequests()).isEqualTo(writes()).isEqualTo(2); // a delete batch and an upsert batch
        assertThat(report.requests()).isEqualTo(received());
        assertZoneEquals(desired);
    }

    @Test
    void whenEveryReadFailsTheSyncFailsAfterThreeReadsAndWritesNothing() {
        fake.faults().next(9, "GET", family.root, Fault.status(503));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> applier.sync(DesiredSet.of(many(0, 10, Vendor.AWS, "us-east-1")),
                PlanOptions.additive())).isInstanceOf(dev.cfregions.core.errors.InternalServerException.class);
        assertThat(reads()).isEqualTo(9); // 3 reads of 3 attempts each
        assertThat(writes()).isZero();
    }

    @Test
    void aWriteAppliedButWhoseAnswerIsLostEveryTimeCountsAsAppliedWithoutAnotherRound() {
        List<Mapping> before = many(0, 100, Vendor.AWS, "us-east-1");
        fake.seed(EXAMPLE_ZONE_ID, before);
        DesiredSet desired = DesiredSet.of(many(1000, 100, Vendor.GCP, "us-central1"));
        Plan plan = Planner.plan(desired, before, PlanOptions.fullOwnership());
        // each attempt lands, then the connection breaks before the answer is complete
        fake.faults().next(3, "DELETE", family.batch(), Fault.truncatedBody());
        fake.faults().next(3, family.upsertMethod, family.batch(), Fault.truncatedBody());
        SyncReport report = applier.apply(plan);
        assertThat(report.failed()).isEmpty();
        assertThat(report.deleted()).hasSize(100);
        assertThat(report.created()).hasSize(100);
        assertThat(report.rounds()).isEqualTo(1);
        assertThat(report.writeRequests()).isEqualTo(writes()).isEqualTo(3 + 3); // each batch sent three times
        assertThat(report.readRequests()).isEqualTo(reads()).isEqualTo(1);
        assertThat(report.requests()).isEqualTo(received());
        assertZoneEquals(desired);
    }

    @Test
    void writesAppliedWhoseAnswersAreLostConvergeAndTheReportIsTrueToTheZone() {
        List<Mapping> before = many(0, 150, Vendor.AWS, "us-east-1");
        fake.seed(EXAMPLE_ZONE_ID, before);
        List<Mapping> wanted = new ArrayList<>(before.subList(50, 100));                      // 50 unchanged, 50 deleted
        wanted.addAll(many(100, 50, Vendor.GCP, "us-central1"));                              // 50 updated
        wanted.addAll(many(1000, 150, Vendor.OCI, "us-ashburn-1"));                          // 150 created
        DesiredSet desired = DesiredSet.of(wanted);
        // the delete lands and its connection drops: the client's retry finds the IPs gone
        fake.faults().next(1, "DELETE", family.batch(), Fault.applyThenFail(Fault.dropConnection()));
        // the first upsert batch lands on every attempt, and every answer is lost: outcome unknown until the re-read
        fake.faults().next(3, family.upsertMethod, family.batch(), Fault.applyThenFail(Fault.dropConnection()));
        // the second lands and answers 503 once; the client's retry writes it again, the same
        fake.faults().next(1, family.upsertMethod, family.batch(), Fault.applyThenFail(Fault.status(503)));
        SyncReport report = Applier.builder(family.store(client, EXAMPLE_ZONE_ID)).concurrency(1).build()
                .sync(desired, PlanOptions.fullOwnership());

        assertThat(report.failed()).as(report.toString()).isEmpty();
        assertZoneEquals(desired);
        Map<OriginIp, Mapping> z = zone();
        assertThat(report.deleted()).hasSize(50).allMatch(m -> !z.containsKey(m.ip()));
        assertThat(report.updated()).hasSize(50).extracting(Update::after).allMatch(m -> z.get(m.ip()).sameTarget(m));
        assertThat(report.created()).hasSize(150).allMatch(m -> z.get(m.ip()).sameTarget(m));
        assertThat(report.unchanged()).hasSize(50);
        assertThat(report.rounds()).isEqualTo(1); // the re-read found every lost write applied: nothing re-planned
        assertThat(report.writeRequests()).isEqualTo(writes()).isEqualTo(2 + 3 + 2); // the delete, then two upsert batches
        // the first read and the re-read after the lost answers: 150 then 250 mappings, pages of 100 for v2
        assertThat(report.readRequests()).isEqualTo(reads()).isEqualTo(family == SyncFamily.V2 ? 2 + 3 : 1 + 1);
        assertThat(report.requests()).isEqualTo(received());
    }

    @Test
    void twentyPercentRandomFaultsOverTenSeedsStillConvergeAndTheReportIsTrue() {
        long sent = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            fake.reset();
            fake.registerToken(TOKEN);
            List<Mapping> before = new ArrayList<>(many(0, 400, Vendor.AWS, "us-east-1"));
            fake.seed(EXAMPLE_ZONE_ID, before);
            List<Mapping> wanted = new ArrayList<>(before.subList(100, 300));           // 200 unchanged
            many(300, 100, Vendor.GCP, "us-central1").forEach(wanted::add);            // 100 updated
            wanted.addAll(many(5000, 300, Vendor.OCI, "us-ashburn-1"));                // 300 created; 100 deleted
            DesiredSet desired = DesiredSet.of(wanted);
            fake.faults().random(seed, 0.2, Fault.status(502), Fault.status(503), Fault.rateLimited(Duration.ofSeconds(1)));

            fake.journal().clear();
            SyncReport report = applier.sync(desired, PlanOptions.fullOwnership());
            fake.faults().clear();

            assertThat(report.failed()).as("seed %d: %s", seed, report).isEmpty();
            assertZoneEquals(desired);
            Map<OriginIp, Mapping> z = zone();
            assertThat(report.created()).hasSize(300).allMatch(m -> z.get(m.ip()) != null && z.get(m.ip()).sameTarget(m));
            assertThat(report.updated()).hasSize(100).extracting(Update::after)
                    .allMatch(m -> z.get(m.ip()) != null && z.get(m.ip()).sameTarget(m));
            assertThat(report.deleted()).hasSize(100).allMatch(m -> !z.containsKey(m.ip()));
            assertThat(report.unchanged()).hasSize(200);
            assertThat(report.writeRequests()).isGreaterThanOrEqualTo(5); // 4 upsert batches, 1 delete batch, and any re-sent
            assertThat(report.rounds()).isBetween(1, 3);
            assertThat(report.writeRequests()).as("seed %d", seed).isEqualTo(writes());
            assertThat(report.readRequests()).as("seed %d", seed).isEqualTo(reads());
            assertThat(report.requests()).as("seed %d", seed).isEqualTo(received());
            sent += report.requests();
        }
        // the faults did bite: more was sent than the 1 to 4 pages and 5 batches a clean sync of each seed takes
        assertThat(sent).isGreaterThan(SEEDS * (family == SyncFamily.V2 ? 4 + 5 : 1 + 5));
    }
}
