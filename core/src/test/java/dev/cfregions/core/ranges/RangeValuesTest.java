package dev.cfregions.core.ranges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value types' own checks: what a caller building sets by hand cannot get wrong silently. */
class RangeValuesTest {
    private static final IpPrefix P = IpPrefix.parse("192.0.2.0/24", "p");

    @Test
    void anEntryRegionIsNullForGlobalOrNonEmpty() {
        assertThat(new RangeEntry(Vendor.AWS, null, P).isGlobal()).isTrue();
        assertThat(new RangeEntry(Vendor.AWS, "us-east-1", P).isGlobal()).isFalse();
        assertThatThrownBy(() -> new RangeEntry(Vendor.AWS, "", P)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region");
        assertThatThrownBy(() -> new RangeEntry(null, "x", P)).isInstanceOf(NullPointerException.class).hasMessage("vendor");
        assertThatThrownBy(() -> new RangeEntry(Vendor.AWS, "x", null)).isInstanceOf(NullPointerException.class).hasMessage("prefix");
    }

    @Test
    void aSetHoldsOnlyItsVendorsEntriesAndIsACopy() {
        List<RangeEntry> entries = new ArrayList<>(List.of(new RangeEntry(Vendor.GCP, "us-east1", P)));
        RangeSet set = new RangeSet(Vendor.GCP, "cloud.json", entries);
        entries.clear();
        assertThat(set.size()).isEqualTo(1);
        assertThatThrownBy(() -> set.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new RangeSet(Vendor.AWS, "x", List.of(new RangeEntry(Vendor.GCP, "r", P))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gcp r 192.0.2.0/24");
    }

    @Test
    void aConflictNeedsTwoCandidatesOfItsPrefix() {
        RangeEntry a = new RangeEntry(Vendor.AWS, "us-east-1", P);
        RangeEntry b = new RangeEntry(Vendor.AWS, "us-east-2", P);
        assertThat(new RangeAnswer.Conflict(P, List.of(a, b)).candidates()).containsExactly(a, b);
        assertThatThrownBy(() -> new RangeAnswer.Conflict(P, List.of(a))).isInstanceOf(IllegalArgumentException.class);
        RangeEntry other = new RangeEntry(Vendor.AWS, "us-east-2", IpPrefix.parse("192.0.2.0/25", "p"));
        assertThatThrownBy(() -> new RangeAnswer.Conflict(P, List.of(a, other))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("192.0.2.0/25");
    }

    @Test
    void onlyAMatchGivesAMapping() {
        OriginIp ip = OriginIp.of("192.0.2.9");
        RangeAnswer.Match match = new RangeAnswer.Match(Vendor.OCI, "uk-london-1", P);
        assertThat(match.mapping(ip)).hasValueSatisfying(m -> {
            assertThat(m.ip()).isSameAs(ip);
            assertThat(m.vendor()).isEqualTo(Vendor.OCI);
            assertThat(m.region()).isEqualTo("uk-london-1");
            assertThat(m.modifiedOn()).isNull();
        });
        assertThat(new RangeAnswer.Unsupported(match).mapping(ip)).isEmpty();
        assertThat(new RangeAnswer.NoRegion(Vendor.AWS, P).mapping(ip)).isEmpty();
        assertThat(new RangeAnswer.NoMatch().mapping(ip)).isEmpty();
        assertThatThrownBy(() -> new RangeAnswer.NoMatch().mapping(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNullIpIsRefusedNotLookedUp() {
        RangeLookup lookup = RangeLookup.of();
        assertThatThrownBy(() -> lookup.lookup(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> lookup.infer(java.util.Arrays.asList(OriginIp.of("::1"), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("ip");
    }
}
