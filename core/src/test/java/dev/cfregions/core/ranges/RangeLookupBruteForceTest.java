package dev.cfregions.core.ranges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lookup against an independent brute-force scan written here: for every address asked, scan
 * every entry, keep those whose range holds the address, take the longest, and say what their
 * distinct (vendor, region) pairs make of it. Asked: every prefix's first and last address, the
 * address just before and just after each, and 10,000 random addresses per set (seeded), each
 * IPv4 one also as IPv4-mapped IPv6.
 */
class RangeLookupBruteForceTest {
    private static final BigInteger ONE = BigInteger.ONE;
    private static final BigInteger V4_MAX = ONE.shiftLeft(32).subtract(ONE);
    private static final BigInteger V6_MAX = ONE.shiftLeft(128).subtract(ONE);

    /**
     * One entry as the scan sees it: family, range (as BigIntegers, and as two unsigned longs each
     * for a fast scan), and its entry.
     */
    private record Scanned(boolean ipv4, BigInteger first, BigInteger last, int length, RangeEntry entry,
            long firstHigh, long firstLow, long lastHigh, long lastLow) {
        Scanned(boolean ipv4, BigInteger first, BigInteger last, int length, RangeEntry entry) {
            this(ipv4, first, last, length, entry, first.shiftRight(64).longValue(), first.longValue(),
                    last.shiftRight(64).longValue(), last.longValue());
        }

        boolean holds(boolean family, long high, long low) {
            return family == ipv4 && compare(firstHigh, firstLow, high, low) <= 0 && compare(high, low, lastHigh, lastLow) <= 0;
        }
    }

    private static int compare(long ah, long al, long bh, long bl) {
        int c = Long.compareUnsigned(ah, bh);
        return c != 0 ? c : Long.compareUnsigned(al, bl);
    }

    private static final BigInteger MAPPED_FIRST = BigInteger.valueOf(0xffffL).shiftLeft(32);
    private static final BigInteger MAPPED_LAST = MAPPED_FIRST.add(V4_MAX);

    private static Scanned scanned(RangeEntry e) {
        String text = e.prefix().toString();
        int slash = text.indexOf('/');
        // the address via toBytes (a parse of its own), the range by plain arithmetic on the length
        byte[] bytes = OriginIp.of(text.substring(0, slash)).toBytes();
        int length = Integer.parseInt(text.substring(slash + 1));
        int bits = bytes.length * 8;
        BigInteger first = new BigInteger(1, bytes);
        BigInteger last = first.add(ONE.shiftLeft(bits - length)).subtract(ONE);
        return new Scanned(bytes.length == 4, first, last, length, e);
    }

    private static RangeAnswer bruteForce(List<Scanned> all, boolean ipv4, BigInteger address) {
        if (!ipv4 && address.compareTo(MAPPED_FIRST) >= 0 && address.compareTo(MAPPED_LAST) <= 0) {
            // the rule: an IPv4-mapped IPv6 address is looked up as its IPv4 address
            ipv4 = true;
            address = address.subtract(MAPPED_FIRST);
        }
        long high = address.shiftRight(64).longValue();
        long low = address.longValue();
        int best = -1;
        List<RangeEntry> longest = new ArrayList<>();
        for (Scanned s : all) {
            if (!s.holds(ipv4, high, low)) {
                continue;
            }
            if (s.length > best) {
                best = s.length;
                longest.clear();
            }
            if (s.length == best) {
                longest.add(s.entry);
            }
        }
        Set<RangeEntry> distinct = new HashSet<>(longest);
        if (distinct.isEmpty()) {
            return new RangeAnswer.NoMatch();
        }
        RangeEntry e = distinct.iterator().next();
        if (distinct.size() > 1) {
            return new RangeAnswer.Conflict(e.prefix(), new ArrayList<>(distinct)); // compared as a set below
        }
        return e.isGlobal() ? new RangeAnswer.NoRegion(e.vendor(), e.prefix()) : new RangeAnswer.Match(e.vendor(), e.region(), e.prefix());
    }

    private static boolean agree(RangeAnswer expected, RangeAnswer actual) {
        if (expected instanceof RangeAnswer.Conflict c) {
            return actual instanceof RangeAnswer.Conflict a && a.prefix().equals(c.prefix())
                    && a.candidates().size() == c.candidates().size() && new HashSet<>(a.candidates()).equals(new HashSet<>(c.candidates()));
        }
        return expected.equals(actual);
    }

    private static void assertSame(RangeAnswer expected, RangeAnswer actual, String ip) {
        if (expected instanceof RangeAnswer.Conflict c) {
            assertThat(actual).as(ip).isInstanceOf(RangeAnswer.Conflict.class);
            RangeAnswer.Conflict a = (RangeAnswer.Conflict) actual;
            assertThat(a.prefix()).as(ip).isEqualTo(c.prefix());
            assertThat(a.candidates()).as(ip).containsExactlyInAnyOrderElementsOf(c.candidates());
        } else {
            assertThat(actual).as(ip).isEqualTo(expected);
        }
    }

    private static String text(boolean ipv4, BigInteger address, boolean mapped) {
        if (ipv4) {
            long v = address.longValue();
            String dotted = (v >>> 24) + "." + (v >>> 16 & 0xff) + "." + (v >>> 8 & 0xff) + "." + (v & 0xff);
            return mapped ? "0:0:0:0:0:FFFF:" + dotted : dotted;
        }
        // all eight groups, upper case, leading zeros: a spelling OriginIp must canonicalize
        String hex = String.format("%032X", address);
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < 8; g++) {
            sb.append(g == 0 ? "" : ":").append(hex, 4 * g, 4 * g + 4);
        }
        return sb.toString();
    }

    private static int check(List<RangeSet> sets, long seed) {
        RangeLookup lookup = RangeLookup.of(sets);
        List<Scanned> all = new ArrayList<>();
        sets.forEach(s -> s.entries().forEach(e -> all.add(scanned(e))));
        List<Object[]> asked = new ArrayList<>(); // {ipv4, address}
        for (Scanned s : all) {
            BigInteger max = s.ipv4 ? V4_MAX : V6_MAX;
            asked.add(new Object[] {s.ipv4, s.first});
            asked.add(new Object[] {s.ipv4, s.last});
            if (s.first.signum() > 0) {
                asked.add(new Object[] {s.ipv4, s.first.subtract(ONE)});
            }
            if (s.last.compareTo(max) < 0) {
                asked.add(new Object[] {s.ipv4, s.last.add(ONE)});
            }
        }
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            Scanned near = all.get(random.nextInt(all.size()));
            boolean ipv4 = near.ipv4;
            BigInteger address;
            if (random.nextBoolean()) {
                // inside a random prefix, so nested and conflicting ranges are hit
                BigInteger size = near.last.subtract(near.first).add(ONE);
                address = near.first.add(new BigInteger(size.bitLength() + 8, random).mod(size));
            } else {
                address = new BigInteger(ipv4 ? 32 : 128, random);
            }
            asked.add(new Object[] {ipv4, address});
        }
        for (Object[] q : asked) {
            boolean ipv4 = (Boolean) q[0];
            BigInteger address = (BigInteger) q[1];
            String ip = text(ipv4, address, false);
            RangeAnswer expected = bruteForce(all, ipv4, address);
            RangeAnswer actual = lookup.lookup(OriginIp.of(ip));
            if (!agree(expected, actual)) {
                assertSame(expected, actual, ip); // fails, with the difference shown
            }
            if (ipv4) {
                String mapped = text(true, address, true);
                RangeAnswer viaMapped = lookup.lookup(OriginIp.of(mapped));
                if (viaMapped != actual) {
                    assertThat(viaMapped).as(mapped).isSameAs(actual);
                }
            }
        }
        return asked.size();
    }

    @Test
    void theFourFixturesTogether() {
        assertThat(check(Fixtures.all(), 1)).isGreaterThan(10_000);
    }

    @Test
    void eachFixtureAlone() {
        for (RangeSet set : Fixtures.all()) {
            check(List.of(set), 2);
        }
    }

    @Test
    void syntheticSetsWithNestingAndConflictsWithinAndAcrossVendors() {
        RangeSet aws = SyntheticRanges.aws(800, 3);
        RangeSet azure = SyntheticRanges.azure(1_200, 4);
        // an Oracle set re-listing some AWS and Azure prefixes, for conflicts across vendors
        List<RangeEntry> oci = new ArrayList<>();
        for (int i = 0; i < aws.size(); i += 20) {
            oci.add(new RangeEntry(Vendor.OCI, "us-ashburn-1", aws.entries().get(i).prefix()));
        }
        for (int i = 0; i < azure.size(); i += 30) {
            oci.add(new RangeEntry(Vendor.OCI, "eu-frankfurt-1", azure.entries().get(i).prefix()));
        }
        List<RangeSet> sets = List.of(aws, azure, new RangeSet(Vendor.OCI, "oci", oci));
        RangeLookup lookup = RangeLookup.of(sets);
        // the generator must really produce what this test claims to cover
        assertThat(countAnswers(lookup, sets, RangeAnswer.Conflict.class)).isGreaterThan(10);
        assertThat(countAnswers(lookup, sets, RangeAnswer.NoRegion.class)).isGreaterThan(0);
        assertThat(nestedPairs(aws)).isGreaterThan(0);
        assertThat(nestedPairs(azure)).isGreaterThan(0);
        check(sets, 5);
    }

    @Test
    void edgesOfTheAddressSpace() {
        RangeLookup none = RangeLookup.of();
        assertThat(none.lookup(OriginIp.of("::"))).isInstanceOf(RangeAnswer.NoMatch.class);
        List<RangeEntry> entries = new ArrayList<>();
        for (String p : new String[] {"0.0.0.0/1", "0.0.0.0/32", "255.255.255.255/32", "128.0.0.0/1", "::/1", "::/128",
            "8000::/1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", "ffff:ffff:ffff:ffff::/64", "::fffe:0:0/95",
            "::/80", "::1:0:0:0/80", "::ffff:0:0:0/96"}) {
            entries.add(new RangeEntry(Vendor.GCP, "r" + entries.size(), IpPrefix.parse(p, "p")));
        }
        check(List.of(new RangeSet(Vendor.GCP, "edges", entries)), 6);
    }

    private static long countAnswers(RangeLookup lookup, List<RangeSet> sets, Class<?> type) {
        return sets.stream().flatMap(s -> s.entries().stream())
                .filter(e -> type.isInstance(lookup.lookup(e.prefix().network()))).count();
    }

    private static int nestedPairs(RangeSet set) {
        List<Scanned> all = set.entries().stream().map(RangeLookupBruteForceTest::scanned).toList();
        int nested = 0;
        for (int i = 0; i < all.size() && nested < 5; i++) {
            for (int j = 0; j < all.size(); j++) {
                Scanned a = all.get(i);
                Scanned b = all.get(j);
                if (a.length < b.length && a.holds(b.ipv4, b.firstHigh, b.firstLow) && a.holds(b.ipv4, b.lastHigh, b.lastLow)) {
                    nested++;
                    break;
                }
            }
        }
        return nested;
    }
}
