package dev.cfregions.core.sync;

import static dev.cfregions.core.sync.Fixtures.many;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a plan says it will cost before it is applied ({@code plan --output json} prints it). */
class PlanWriteRequestsTest {

    @Test
    void aFullZoneIntoAnEmptyOneTakesThirtyFiveBatches() {
        Plan plan = Planner.plan(DesiredSet.of(many(0, 3500)), List.of(), PlanOptions.fullOwnership());
        assertThat(plan.writeRequests()).isEqualTo(35);
    }

    @Test
    void createsAndUpdatesShareBatchesAndDeletesHaveTheirOwn() {
        List<Mapping> zone = many(0, 150); // 0..149
        List<Mapping> desired = new ArrayList<>(many(100, 150)); // keeps 100..149, creates 150..249, deletes 0..99
        desired.set(0, Mapping.of(desired.get(0).ip(), Vendor.GCP, "us-central1")); // one update
        Plan plan = Planner.plan(DesiredSet.of(desired), zone, PlanOptions.fullOwnership());
        assertThat(plan.creates()).hasSize(100);
        assertThat(plan.updates()).hasSize(1);
        assertThat(plan.deletes()).hasSize(100);
        assertThat(plan.writeRequests()).isEqualTo(1 + 2);
    }

    @Test
    void nothingToDoCostsNothing() {
        List<Mapping> zone = many(0, 10);
        assertThat(Planner.plan(DesiredSet.of(zone), zone, PlanOptions.fullOwnership()).writeRequests()).isZero();
    }
}
