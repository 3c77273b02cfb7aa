package dev.cfregions.benchmarks;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.Planner;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Question: does planning 3,500 desired mappings against a zone of the same 3,500 (all
 * unchanged) cost less than decoding the v2 listing it compares (35 pages of 100 through the
 * client, as in {@link DecodingBenchmark})? Target: yes.
 */
@State(Scope.Benchmark)
public class PlanningBenchmark {
    private DesiredSet desired;
    private List<Mapping> actual;
    private CloudflareClient client;

    /** Builds both sides and the canned listing. */
    @Setup(Level.Trial)
    public void setUp() {
        CannedZone zone = new CannedZone();
        actual = List.copyOf(zone.mappings);
        desired = DesiredSet.of(Seeds.mappings(CannedZone.FULL_ZONE));
        client = zone.client;
        Plan check = plan();
        if (check.unchanged().size() != CannedZone.FULL_ZONE) {
            throw new IllegalStateException("expected every mapping unchanged: " + check);
        }
    }

    /** Closes the client. */
    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
    }

    /** @return the plan of 3,500 against 3,500, all unchanged */
    @Benchmark
    public Plan plan() {
        return Planner.plan(desired, actual, PlanOptions.fullOwnership());
    }

    /**
     * Decodes the 35-page v2 listing of the same zone (the baseline of {@link #plan}).
     *
     * @param bh where the mappings go
     */
    @Benchmark
    public void planBaseline(Blackhole bh) {
        for (Mapping m : client.origin().cloudRegions().listAll(Seeds.ZONE)) {
            bh.consume(m);
        }
    }
}
