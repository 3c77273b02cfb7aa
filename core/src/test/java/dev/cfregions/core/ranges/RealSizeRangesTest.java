package dev.cfregions.core.ranges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.OriginIp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic files of real size that the benchmarks use: they parse in their real formats,
 * hold the sizes they claim, and the lookup over them agrees with {@link IpPrefix#contains} on
 * the addresses the generator aims at. (How fast is a JMH question, not a unit test's.)
 */
class RealSizeRangesTest {

    @Test
    void realSizeSetsParseWithTheSizesTheyClaimAndAnswerConsistently() {
        RangeSet aws = SyntheticRanges.aws(SyntheticRanges.AWS_SIZE, 16);
        RangeSet azure = SyntheticRanges.azure(SyntheticRanges.AZURE_SIZE, 17);
        assertThat(aws.size()).isEqualTo(SyntheticRanges.AWS_SIZE);
        assertThat(azure.size()).isEqualTo(SyntheticRanges.AZURE_SIZE);
        assertThat(aws.entries()).filteredOn(e -> !e.prefix().isIpv4()).hasSizeBetween(3_000, 4_000);
        assertThat(azure.entries()).filteredOn(e -> !e.prefix().isIpv4()).hasSizeBetween(12_000, 16_000);
        assertThat(azure.entries()).anyMatch(e -> e.region().equals("francecentral"))
                .noneMatch(e -> e.region().equals("centralfrance"));
        // the generator is deterministic: the benchmarks see the same files every run
        assertThat(SyntheticRanges.awsJson(100, 16)).isEqualTo(SyntheticRanges.awsJson(100, 16));

        List<RangeSet> sets = List.of(aws, azure);
        RangeLookup lookup = RangeLookup.of(sets);
        String[] ips = SyntheticRanges.addresses(sets, 20_000, 18);
        List<RangeEntry> entries = sets.stream().flatMap(s -> s.entries().stream()).toList();
        int matched = 0;
        int unmatchedScanned = 0;
        for (String text : ips) {
            OriginIp ip = OriginIp.of(text);
            IpPrefix prefix = lookup.lookup(ip).longestPrefix().orElse(null);
            if (prefix != null) {
                assertThat(prefix.contains(ip)).as(text).isTrue();
                matched++;
            } else if (unmatchedScanned++ < 100) {
                // a full scan per address is slow at this size: the brute-force test covers the rest
                assertThat(entries.stream().filter(e -> e.prefix().contains(ip)).findAny()).as(text).isEmpty();
            }
        }
        assertThat(matched).as("about half the addresses are aimed inside a prefix").isGreaterThan(9_000);
    }
}
