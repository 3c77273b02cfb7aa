package dev.cfregions.core.sync;

import static dev.cfregions.core.sync.Fixtures.m;
import static dev.cfregions.core.sync.Fixtures.many;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.errors.InvalidIpException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final PlanOptions FULL = PlanOptions.fullOwnership();

    @Test
    void emptyToFullCreatesEverythingInOrder() {
        List<Mapping> wanted = many(0, 250);
        Plan plan = Planner.plan(DesiredSet.of(wanted), List.of(), FULL);
        assertThat(plan.creates()).isEqualTo(wanted);
        assertThat(plan.updates()).isEmpty();
        assertThat(plan.deletes()).isEmpty();
        assertThat(plan.unchanged()).isEmpty();
        assertThat(plan.changeCount()).isEqualTo(250);
        assertThat(plan.zoneSizeAfter()).isEqualTo(250);
        assertThat(plan.deletesFirst()).isFalse();
    }

    @Test
    void fullToEmptyDeletesEverythingUnderFullOwnershipOnly() {
        List<Mapping> zone = many(0, 120);
        Plan full = Planner.plan(DesiredSet.empty(), zone, FULL);
        assertThat(full.deletes()).isEqualTo(zone);
        assertThat(full.creates()).isEmpty();
        assertThat(full.zoneSizeAfter()).isZero();

        Plan additive = Planner.plan(DesiredSet.empty(), zone, PlanOptions.additive());
        assertThat(additive.isEmpty()).isTrue();
    }

    @Test
    void mixedChangesAreKeyedByCanonicalIpAndIgnoreTimestamps() {
        Instant t = Instant.parse("2026-03-01T12:00:00Z");
        List<Mapping> zone = List.of(
                new Mapping(m("2001:db8::1", Vendor.GCP, "x").ip(), Vendor.GCP, "us-central1", t), // unchanged
                new Mapping(m("192.0.2.1", Vendor.AWS, "x").ip(), Vendor.AWS, "us-east-1", t),     // region changes
                new Mapping(m("192.0.2.2", Vendor.AWS, "x").ip(), Vendor.AWS, "us-east-1", t),     // vendor changes
                new Mapping(m("198.51.100.9", Vendor.OCI, "x").ip(), Vendor.OCI, "us-ashburn-1", t)); // unlisted
        DesiredSet desired = DesiredSet.builder()
                .add("2001:0DB8:0:0:0:0:0:1", Vendor.GCP, "us-central1")
                .add("192.0.2.1", Vendor.AWS, "us-west-2")
                .add("192.0.2.2", Vendor.AZURE, "eastus")
                .add("::ffff:c000:0203", Vendor.AWS, "us-east-1") // new
                .build();

        Plan full = Planner.plan(desired, zone, FULL);
        assertThat(full.unchanged()).containsExactly(zone.get(0));
        assertThat(full.updates()).containsExactly(new Update(zone.get(1), m("192.0.2.1", Vendor.AWS, "us-west-2")),
                new Update(zone.get(2), m("192.0.2.2", Vendor.AZURE, "eastus")));
        assertThat(full.creates()).containsExactly(m("::ffff:192.0.2.3", Vendor.AWS, "us-east-1"));
        assertThat(full.deletes()).containsExactly(zone.get(3));
        assertThat(full.zoneSizeAfter()).isEqualTo(4);

        Plan additive = Planner.plan(desired, zone, PlanOptions.additive());
        assertThat(additive.deletes()).isEmpty();
        assertThat(additive.updates()).hasSize(2);
        assertThat(additive.creates()).hasSize(1);
    }

    @Test
    void twoSpellingsOfOneIpAreRefusedNamingBoth() {
        DuplicateEntryException e = catchThrowableOfType(DuplicateEntryException.class, () -> DesiredSet.builder()
                .add("2001:db8::1", Vendor.GCP, "us-central1")
                .add("192.0.2.1", Vendor.AWS, "us-east-1")
                .add("2001:DB8:0::1", Vendor.GCP, "us-central1").build());
        assertThat(e.firstEntry()).isEqualTo("entries[0]");
        assertThat(e.secondEntry()).isEqualTo("entries[2]");
        assertThat(e.getMessage()).contains("entries[2]").contains("2001:DB8:0::1").contains("entries[0]")
                .contains("\"2001:db8::1\"").contains("both are 2001:db8::1");
    }

    @Test
    void oneIpWithTwoTargetsIsRefusedNamingBoth() {
        DuplicateEntryException e = catchThrowableOfType(DuplicateEntryException.class, () -> DesiredSet.of(List.of(
                m("192.0.2.1", Vendor.AWS, "us-east-1"), m("192.0.2.1", Vendor.GCP, "us-central1"))));
        assertThat(e.getMessage()).contains("entries[1]").contains("entries[0]").contains("aws us-east-1")
                .contains("gcp us-central1");
    }

    @Test
    void invalidEntriesAreRefusedNamingTheEntryAndField() {
        assertThatThrownBy(() -> DesiredSet.builder().add("10.0.0.01", Vendor.AWS, "us-east-1", "row 3").build())
                .isInstanceOf(InvalidIpException.class).hasMessageContaining("row 3 ip").hasMessageContaining("leading zero");
        assertThatThrownBy(() -> DesiredSet.builder().add("10.0.0.1", Vendor.AWS, "us-east-1 ").build())
                .hasMessageContaining("entries[0] region").hasMessageContaining("never trimmed");
        assertThatThrownBy(() -> DesiredSet.builder().add("10.0.0.1", null, "us-east-1").build())
                .hasMessageContaining("entries[0] vendor");
    }

    @Test
    void maxDeletesRefusesAPlanDeletingMoreAndAllowsExactlyTheLimit() {
        List<Mapping> zone = many(0, 10);
        DesiredSet keepThree = DesiredSet.of(zone.subList(0, 3));
        assertThatThrownBy(() -> Planner.plan(keepThree, zone, FULL.toBuilder().maxDeletes(6).build()))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("delete 7 mappings")
                .hasMessageContaining("maxDeletes 6");
        assertThat(Planner.plan(keepThree, zone, FULL.toBuilder().maxDeletes(7).build()).deletes()).hasSize(7);
        // additive plans delete nothing, so the guard never bites
        assertThat(Planner.plan(keepThree, zone, PlanOptions.builder().maxDeletes(0).build()).isEmpty()).isTrue();
    }

    @Test
    void aNearLimitZoneNeedsDeletesFirst() {
        List<Mapping> zone = many(0, 3450);
        List<Mapping> wanted = new ArrayList<>(zone.subList(100, 3450)); // drop 100
        wanted.addAll(many(5000, 100));                                 // add 100 new
        Plan plan = Planner.plan(DesiredSet.of(wanted), zone, FULL);
        assertThat(plan.deletes()).hasSize(100);
        assertThat(plan.creates()).hasSize(100);
        assertThat(plan.zoneSizeAfter()).isEqualTo(3450);
        assertThat(plan.deletesFirst()).as("3450 + 100 creates would pass 3500").isTrue();

        // with room to spare the order does not matter
        Plan roomy = Planner.plan(DesiredSet.of(wanted.subList(0, 3000)), zone.subList(0, 3100), FULL);
        assertThat(roomy.deletesFirst()).isFalse();
    }

    @Test
    void aPlanThatWouldLeaveTheZoneAboveItsLimitIsRefused() {
        List<Mapping> zone = many(0, 3450);
        assertThatThrownBy(() -> Planner.plan(DesiredSet.of(many(5000, 51)), zone, PlanOptions.additive()))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("3501")
                .hasMessageContaining("Full ownership");
        assertThat(Planner.plan(DesiredSet.of(many(5000, 50)), zone, PlanOptions.additive()).zoneSizeAfter()).isEqualTo(3500);
        assertThatThrownBy(() -> Planner.plan(DesiredSet.of(many(0, 11)), List.of(),
                PlanOptions.builder().zoneLimit(10).build())).isInstanceOf(PlanRefusedException.class);
    }

    @Test
    void thePlanIsImmutableAndTheInputsAreLeftAlone() {
        List<Mapping> zone = new ArrayList<>(many(0, 5));
        Plan plan = Planner.plan(DesiredSet.of(many(3, 5)), zone, FULL);
        assertThat(zone).hasSize(5);
        assertThatThrownBy(() -> plan.creates().add(m("192.0.2.1", Vendor.AWS, "x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Planner.plan(DesiredSet.of(many(3, 5)), zone, FULL)).isEqualTo(plan);
    }

    @Test
    void badArgumentsAreTypedErrors() {
        assertThatThrownBy(() -> Planner.plan(null, List.of(), FULL)).hasMessageContaining("desired");
        assertThatThrownBy(() -> Planner.plan(DesiredSet.empty(), null, FULL)).hasMessageContaining("actual");
        assertThatThrownBy(() -> Planner.plan(DesiredSet.empty(), List.of(), null)).hasMessageContaining("options");
        Mapping a = m("192.0.2.1", Vendor.AWS, "us-east-1");
        assertThatThrownBy(() -> Planner.plan(DesiredSet.empty(), List.of(a, a), FULL)).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> PlanOptions.builder().maxDeletes(-1)).hasMessageContaining("maxDeletes");
    }
}
