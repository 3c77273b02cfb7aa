package dev.cfregions.benchmarks;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.Planner;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.store.MappingStores;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.TokenScope;
import java.time.Duration;
import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import java.util.concurrent.TimeUnit;

/**
 * Question: how much faster is reconciling with {@link Applier} (bulk writes of 100, default
 * concurrency) than a loop of single writes, with 20 ms of latency on every request? 3,500
 * mappings into an empty zone of the in-process fake. The loop writes 350 mappings one v2
 * {@code update} at a time; its time is multiplied by 10 in the report (marked "extrapolated
 * ×10") to stand for 3,500, because timing 3,500 × 20 ms would take 70 s per iteration.
 * SingleShot: each iteration is one whole run on a freshly emptied zone. Target: at least 50×.
 * The {@code requests} column counts the requests each run sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReconciliationBenchmark {
    static final int ZONE = 3500;
    static final int LOOPED = 350;
    static final Duration LATENCY = Duration.ofMillis(20);

    private FakeCloudflare fake;
    private DelayingTransport delayed;
    private CloudflareClient client;
    private Applier applier;
    private List<Mapping> desired;
    private Plan plan;

    /** Requests sent by the measured run, reported beside its time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Requests {
        /** Requests the run sent. */
        public long requests;
    }

    /** Builds the fake, the delaying client and the plan of 3,500 creates. */
    @Setup(Level.Trial)
    public void start() {
        fake = FakeCloudflare.builder().token(Seeds.TOKEN, TokenScope.allZones()).build();
        delayed = new DelayingTransport(fake.transport(), LATENCY);
        client = CloudflareClient.builder().baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL).apiToken(Seeds.TOKEN).transport(delayed).build();
        applier = Applier.builder(MappingStores.v2(client, Seeds.ZONE)).build();
        desired = Seeds.mappings(ZONE);
        plan = Planner.plan(DesiredSet.of(desired), List.of(), PlanOptions.additive());
    }

    /** Empties the zone before each run. */
    @Setup(Level.Iteration)
    public void empty() {
        fake.reset();
    }

    /** Closes the client and the fake. */
    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        fake.close();
    }

    /**
     * @param counted where the request count goes
     * @return the report of applying 3,500 creates
     */
    @Benchmark
    public SyncReport apply(Requests counted) {
        long before = delayed.requests();
        SyncReport report = applier.apply(plan);
        if (!report.succeeded() || report.created().size() != ZONE) {
            throw new IllegalStateException("apply did not create " + ZONE + ": " + report);
        }
        counted.requests += delayed.requests() - before;
        return report;
    }

    /**
     * The baseline of {@link #apply}: 350 single v2 updates in a loop; the report multiplies its
     * time by 10.
     *
     * @param counted where the request count goes
     * @return the last mapping written
     */
    @Benchmark
    public Mapping applyBaseline(Requests counted) {
        long before = delayed.requests();
        Mapping last = null;
        for (int i = 0; i < LOOPED; i++) {
            Mapping m = desired.get(i);
            last = client.origin().cloudRegions().update(UpdateParams.builder().zoneId(Seeds.ZONE).ip(m.ip())
                    .vendor(m.vendor()).region(m.region()).build());
        }
        counted.requests += delayed.requests() - before;
        return last;
    }
}
