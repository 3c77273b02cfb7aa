package dev.cfregions.core.ranges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegion;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Named cases of the lookup over the four fixture files. */
class RangeLookupTest {
    private static final RangeLookup ALL = RangeLookup.of(Fixtures.all());

    private static RangeAnswer lookup(String ip) {
        return ALL.lookup(OriginIp.of(ip));
    }

    @ParameterizedTest(name = "{0} -> {1} {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # the longest prefix wins, IPv4
            3.0.0.0                       | aws   | us-east-1          | 3.0.0.0/15
            3.1.255.255                   | aws   | us-east-1          | 3.0.0.0/15
            3.0.4.255                     | aws   | us-east-1          | 3.0.0.0/15
            3.0.6.0                       | aws   | us-east-1          | 3.0.0.0/15
            3.0.4.0                       | aws   | us-east-1          | 3.0.0.0/15
            18.200.77.1                   | aws   | eu-west-1          | 18.200.0.0/16
            15.230.39.0                   | aws   | ap-south-1         | 15.230.39.0/32
            34.35.127.255                 | gcp   | us-central1        | 34.35.0.0/16
            34.1.223.255                  | gcp   | africa-south1      | 34.1.208.0/20
            20.42.0.1                     | azure | eastus             | 20.42.0.0/17
            20.19.200.1                   | azure | francecentral      | 20.19.0.0/16
            20.52.63.255                  | azure | germanywestcentral | 20.52.0.0/18
            51.120.0.0                    | azure | norwayeast         | 51.120.0.0/17
            20.7.0.9                      | azure | usstagee           | 20.7.0.0/24
            129.213.255.255               | oci   | us-ashburn-1       | 129.213.0.0/16
            132.145.1.1                   | oci   | uk-london-1        | 132.145.0.0/17
            # IPv6, any spelling
            2600:1f18::1                  | aws   | us-east-1          | 2600:1f18::/33
            2600:1f18:3fff:ffff:ffff:ffff:ffff:ffff | aws | us-east-1  | 2600:1f18::/33
            2600:1f18:4000::              | aws   | us-east-2          | 2600:1f18:4000::/36
            2600:1F18:4FFF::FFFF          | aws   | us-east-2          | 2600:1f18:4000::/36
            2600:1f18:5000::              | aws   | us-east-1          | 2600:1f18::/33
            2a05:d018:fff::1              | aws   | eu-west-2          | 2a05:d018:fff::1/128
            2a05:d018:fff::2              | aws   | eu-west-1          | 2a05:d018::/36
            2a05:d018:fff::               | aws   | eu-west-1          | 2a05:d018::/36
            2600:1900:4000::1             | gcp   | us-central1        | 2600:1900:4000::/44
            2600:1900:401f:ffff::         | gcp   | europe-west1       | 2600:1900:4010::/44
            2603:1030:20d:ffff::          | azure | eastus             | 2603:1030:20c::/47
            2603:1020:800::5              | azure | francecentral      | 2603:1020:800::/47
            2603:c020:7fff::1             | oci   | us-ashburn-1       | 2603:c020:4000::/34
            """)
    void matchesTheLongestPrefix(String ip, String vendor, String region, String prefix) {
        assertThat(lookup(ip)).isEqualTo(new RangeAnswer.Match(Vendor.of(vendor), region, IpPrefix.parse(prefix, "p")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            1.1.1.1
            3.2.0.0
            2.255.255.255
            13.32.0.1
            52.94.0.1
            15.230.39.1
            15.230.38.255
            4.4.4.4
            20.38.98.1
            134.70.24.1
            0.0.0.0
            255.255.255.255
            2600:9000::1
            2603:1000:4::101
            ::
            ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
            ::3.0.0.1
            ::c000:201
            64:ff9b::3.0.0.1
            """)
    void noMatchOutsideEveryKeptPrefixIncludingSkippedServicesAndTags(String ip) {
        assertThat(lookup(ip)).isInstanceOf(RangeAnswer.NoMatch.class);
        assertThat(lookup(ip).describe()).isEqualTo("no published range contains it");
        assertThat(lookup(ip).mapping(OriginIp.of(ip))).isEmpty();
    }

    @Test
    void aGlobalPrefixIsTheVendorsButNoRegionAndIsNotSkippedForAShorterRegionalOne() {
        RangeAnswer a = lookup("3.0.5.40");
        assertThat(a).isEqualTo(new RangeAnswer.NoRegion(Vendor.AWS, IpPrefix.parse("3.0.5.32/27", "p")));
        assertThat(a.describe()).isEqualTo("in aws's global range 3.0.5.32/27, which names no region");
        assertThat(lookup("34.35.128.0")).isEqualTo(new RangeAnswer.NoRegion(Vendor.GCP, IpPrefix.parse("34.35.128.0/17", "p")));
        assertThat(lookup("2600:1900::1")).isEqualTo(new RangeAnswer.NoRegion(Vendor.GCP, IpPrefix.parse("2600:1900::/35", "p")));
    }

    @Test
    void twoVendorsAtTheLongestPrefixAreAConflictWithBothCandidates() {
        RangeAnswer a = lookup("3.0.5.1");
        IpPrefix p = IpPrefix.parse("3.0.5.0/24", "p");
        assertThat(lookup("3.0.5.0")).isSameAs(a).isSameAs(lookup("3.0.5.31")).isSameAs(lookup("3.0.5.64"))
                .isSameAs(lookup("3.0.5.255"));
        assertThat(a).isEqualTo(new RangeAnswer.Conflict(p, List.of(
                new RangeEntry(Vendor.AWS, "us-west-2", p), new RangeEntry(Vendor.GCP, "us-east1", p))));
        assertThat(a.describe()).isEqualTo("conflict: 3.0.5.0/24 is listed as aws us-west-2 and gcp us-east1");
        assertThat(a.mapping(OriginIp.of("3.0.5.1"))).isEmpty();
        // the same prefix alone, in one vendor's set, is a match
        assertThat(RangeLookup.of(Fixtures.read(Vendor.AWS, Fixtures.AWS)).lookup(OriginIp.of("3.0.5.1")))
                .isEqualTo(new RangeAnswer.Match(Vendor.AWS, "us-west-2", p));
    }

    @Test
    void twoRegionsOfOneVendorAtTheLongestPrefixAreAConflictToo() {
        IpPrefix aws = IpPrefix.parse("99.77.0.0/18", "p");
        assertThat(lookup("99.77.63.255")).isEqualTo(new RangeAnswer.Conflict(aws, List.of(
                new RangeEntry(Vendor.AWS, "us-east-1", aws), new RangeEntry(Vendor.AWS, "us-east-2", aws))));
        IpPrefix azure = IpPrefix.parse("20.42.64.0/18", "p");
        assertThat(lookup("20.42.64.0")).isEqualTo(new RangeAnswer.Conflict(azure, List.of(
                new RangeEntry(Vendor.AZURE, "eastus", azure), new RangeEntry(Vendor.AZURE, "eastus2", azure))));
        // and a shorter prefix of a single region does not outvote it
        assertThat(lookup("20.42.63.255")).isEqualTo(new RangeAnswer.Match(Vendor.AZURE, "eastus", IpPrefix.parse("20.42.0.0/17", "p")));
    }

    @Test
    void aGlobalAndARegionalEntryOfOnePrefixConflict() {
        IpPrefix p = IpPrefix.parse("198.51.100.0/24", "p");
        RangeLookup lookup = RangeLookup.of(new RangeSet(Vendor.AWS, "a", List.of(
                new RangeEntry(Vendor.AWS, "us-east-1", p), new RangeEntry(Vendor.AWS, null, p))));
        assertThat(lookup.lookup(OriginIp.of("198.51.100.7"))).isEqualTo(new RangeAnswer.Conflict(p, List.of(
                new RangeEntry(Vendor.AWS, null, p), new RangeEntry(Vendor.AWS, "us-east-1", p))));
        assertThat(lookup.lookup(OriginIp.of("198.51.100.7")).describe())
                .isEqualTo("conflict: 198.51.100.0/24 is listed as aws (global) and aws us-east-1");
    }

    @Test
    void anEntryListedTwiceOrByTwoFilesCountsOnce() {
        assertThat(lookup("18.200.0.0")).isInstanceOf(RangeAnswer.Match.class);
        RangeSet aws = Fixtures.read(Vendor.AWS, Fixtures.AWS);
        RangeLookup twice = RangeLookup.of(aws, aws);
        assertThat(twice.lookup(OriginIp.of("3.0.0.1"))).isEqualTo(new RangeAnswer.Match(Vendor.AWS, "us-east-1",
                IpPrefix.parse("3.0.0.0/15", "p")));
        assertThat(twice.prefixCount()).isEqualTo(RangeLookup.of(aws).prefixCount()).isEqualTo(10);
    }

    @Test
    void anIpv4MappedAddressIsLookedUpAsIpv4AndKeepsItsOwnForm() {
        OriginIp mapped = OriginIp.of("::FFFF:3.0.0.1");
        assertThat(mapped.value()).isEqualTo("::ffff:3.0.0.1");
        RangeAnswer a = ALL.lookup(mapped);
        assertThat(a).isSameAs(ALL.lookup(OriginIp.of("3.0.0.1")));
        assertThat(a.mapping(mapped)).contains(Mapping.of(mapped, Vendor.AWS, "us-east-1"));
        assertThat(a.mapping(mapped).orElseThrow().ip().value()).isEqualTo("::ffff:3.0.0.1");
        assertThat(ALL.lookup(OriginIp.of("::ffff:c000:0201"))).isInstanceOf(RangeAnswer.NoMatch.class);
        assertThat(ALL.lookup(OriginIp.of("::ffff:99.77.0.1"))).isInstanceOf(RangeAnswer.Conflict.class);
        Inference inferred = ALL.infer(List.of(mapped));
        assertThat(inferred.mappings()).extracting(m -> m.ip().value()).containsExactly("::ffff:3.0.0.1");
    }

    @Test
    void ipv6PrefixesNeverAnswerForIpv4AddressesNorTheOtherWayRound() {
        RangeLookup everything = RangeLookup.of(new RangeSet(Vendor.GCP, "g", List.of(
                new RangeEntry(Vendor.GCP, "v6-all", IpPrefix.parse("::/0", "p")))));
        assertThat(everything.lookup(OriginIp.of("2001:db8::1"))).isInstanceOf(RangeAnswer.Match.class);
        assertThat(everything.lookup(OriginIp.of("::ffff:192.0.2.1"))).isInstanceOf(RangeAnswer.NoMatch.class);
        assertThat(everything.lookup(OriginIp.of("192.0.2.1"))).isInstanceOf(RangeAnswer.NoMatch.class);
        RangeLookup all4 = RangeLookup.of(new RangeSet(Vendor.GCP, "g", List.of(
                new RangeEntry(Vendor.GCP, "v4-all", IpPrefix.parse("0.0.0.0/0", "p")))));
        assertThat(all4.lookup(OriginIp.of("0.0.0.0"))).isInstanceOf(RangeAnswer.Match.class);
        assertThat(all4.lookup(OriginIp.of("255.255.255.255"))).isInstanceOf(RangeAnswer.Match.class);
        assertThat(all4.lookup(OriginIp.of("::ffff:255.255.255.255"))).isInstanceOf(RangeAnswer.Match.class);
        assertThat(all4.lookup(OriginIp.of("::"))).isInstanceOf(RangeAnswer.NoMatch.class);
        assertThat(all4.lookup(OriginIp.of("::ffff:0:0:1"))).as("just past the mapped space").isInstanceOf(RangeAnswer.NoMatch.class);
    }

    @Test
    void everyAnswerButNoMatchNamesTheLongestPrefix() {
        assertThat(lookup("3.0.0.1").longestPrefix()).contains(IpPrefix.parse("3.0.0.0/15", "p"));
        assertThat(lookup("3.0.5.40").longestPrefix()).contains(IpPrefix.parse("3.0.5.32/27", "p"));
        assertThat(lookup("3.0.5.1").longestPrefix()).contains(IpPrefix.parse("3.0.5.0/24", "p"));
        assertThat(ALL.lookup(OriginIp.of("18.200.0.1"), ZONE).longestPrefix()).contains(IpPrefix.parse("18.200.0.0/16", "p"));
        assertThat(lookup("1.1.1.1").longestPrefix()).isEmpty();
    }

    @Test
    void anEmptyLookupMatchesNothing() {
        RangeLookup none = RangeLookup.of(List.of());
        assertThat(none.lookup(OriginIp.of("1.2.3.4"))).isInstanceOf(RangeAnswer.NoMatch.class);
        assertThat(none.lookup(OriginIp.of("2001:db8::1"))).isInstanceOf(RangeAnswer.NoMatch.class);
        assertThat(none.prefixCount()).isZero();
    }

    @Test
    void theSameAnswerInstanceIsReturnedForEveryAddressOfAnInterval() {
        assertThat(lookup("3.0.0.1")).isSameAs(lookup("3.1.0.0")).isSameAs(lookup("3.0.6.0"));
        assertThat(lookup("1.1.1.1")).isSameAs(lookup("2001:db8::1"));
    }

    private static final SupportedRegions ZONE = new SupportedRegions(true, zoneVendors());

    private static Map<Vendor, List<SupportedRegion>> zoneVendors() {
        Map<Vendor, List<SupportedRegion>> m = new LinkedHashMap<>();
        m.put(Vendor.AWS, List.of(new SupportedRegion("us-east-1", List.of("IAD")), new SupportedRegion("us-west-2", List.of("SEA"))));
        m.put(Vendor.AZURE, List.of(new SupportedRegion("francecentral", List.of("CDG"))));
        return m;
    }

    @Test
    void aMatchInARegionTheZoneDoesNotListIsReportedNotMapped() {
        assertThat(ALL.lookup(OriginIp.of("3.0.0.1"), ZONE)).isEqualTo(ALL.lookup(OriginIp.of("3.0.0.1")));
        assertThat(ALL.lookup(OriginIp.of("20.19.0.1"), ZONE)).as("the alias is what the zone lists")
                .isInstanceOf(RangeAnswer.Match.class);
        RangeAnswer unsupported = ALL.lookup(OriginIp.of("18.200.0.1"), ZONE);
        assertThat(unsupported).isEqualTo(new RangeAnswer.Unsupported(
                new RangeAnswer.Match(Vendor.AWS, "eu-west-1", IpPrefix.parse("18.200.0.0/16", "p"))));
        assertThat(unsupported.describe()).isEqualTo("aws eu-west-1 (18.200.0.0/16) is not among the zone's supported regions");
        assertThat(unsupported.mapping(OriginIp.of("18.200.0.1"))).isEmpty();
        assertThat(ALL.lookup(OriginIp.of("129.213.0.1"), ZONE)).as("a vendor the zone does not list at all")
                .isInstanceOf(RangeAnswer.Unsupported.class);
        assertThat(ALL.lookup(OriginIp.of("3.0.5.1"), ZONE)).as("a conflict stays a conflict").isInstanceOf(RangeAnswer.Conflict.class);
        assertThat(ALL.lookup(OriginIp.of("1.1.1.1"), ZONE)).isInstanceOf(RangeAnswer.NoMatch.class);
    }

    @Test
    void inferSplitsMappingsFromEveryUnmatchedIpInInputOrder() {
        List<OriginIp> ips = List.of(OriginIp.of("3.0.0.1"), OriginIp.of("1.1.1.1"), OriginIp.of("::ffff:20.19.0.1"),
                OriginIp.of("3.0.5.1"), OriginIp.of("18.200.0.1"), OriginIp.of("3.0.0.1"), OriginIp.of("3.0.5.33"));
        Inference i = ALL.infer(ips, ZONE);
        assertThat(i.mappings()).containsExactly(Mapping.of(OriginIp.of("3.0.0.1"), Vendor.AWS, "us-east-1"),
                Mapping.of(OriginIp.of("::ffff:20.19.0.1"), Vendor.AZURE, "francecentral"));
        assertThat(i.unmatched().keySet()).extracting(OriginIp::value)
                .containsExactly("1.1.1.1", "3.0.5.1", "18.200.0.1", "3.0.5.33");
        assertThat(i.unmatched().values()).extracting(a -> a.getClass().getSimpleName())
                .containsExactly("NoMatch", "Conflict", "Unsupported", "NoRegion");
        assertThat(i.complete()).isFalse();

        Inference noZone = ALL.infer(ips);
        assertThat(noZone.mappings()).extracting(Mapping::region).containsExactly("us-east-1", "francecentral", "eu-west-1");
        assertThat(ALL.infer(List.of(OriginIp.of("3.0.0.1"))).complete()).isTrue();
    }

    @Test
    void toStringSummarisesWithoutListingEveryPrefix() {
        assertThat(ALL.toString()).startsWith("RangeLookup[[aws, gcp, azure, oci], 28 prefixes, ");
        assertThat(Fixtures.read(Vendor.OCI, Fixtures.OCI).toString())
                .isEqualTo("RangeSet[oci from oci-public-ip-ranges.json: 3 prefixes]");
    }
}
