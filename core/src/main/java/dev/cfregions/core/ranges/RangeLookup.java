package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which cloud vendor and region an IP belongs to, by longest-prefix match over the range sets of
 * any vendors at once. Immutable and thread-safe; build it once and share it.
 *
 * <p><b>Answers.</b> {@link #lookup(OriginIp)} finds the longest loaded prefix containing the IP.
 * If every entry listing that prefix names the same vendor and region, the answer is a
 * {@link RangeAnswer.Match}; if they name the vendor's global range, a {@link RangeAnswer.NoRegion};
 * if they differ (two vendors, or one vendor listing two regions), a {@link RangeAnswer.Conflict}
 * with every candidate, never a guess. A shorter prefix never outvotes a longer one, and a longer
 * one is never skipped because it conflicts or has no region. No prefix: {@link RangeAnswer.NoMatch}.
 * Identical entries listed twice (or by two files) count once.
 *
 * <p><b>Families.</b> IPv4 addresses are matched against IPv4 prefixes and IPv6 against IPv6. An
 * IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) is looked up as its IPv4 address; the answer
 * carries no IP, and {@link RangeAnswer#mapping(OriginIp)} keeps the IP as given, so it is never
 * unmapped.
 *
 * <p><b>Cost.</b> Building flattens the nested prefixes into disjoint intervals labelled with their
 * pre-built answers; a lookup reads the address bits {@link OriginIp} kept from its parse and does
 * one binary search (for IPv4 only within the address's /16, through a direct index), and returns
 * a shared answer: it allocates nothing.
 */
public final class RangeLookup {
    private static final RangeAnswer.NoMatch NO_MATCH = new RangeAnswer.NoMatch();
    private static final long V4_MIN_LOW = 0xffff_0000_0000L;
    private static final long V4_MAX_LOW = 0xffff_ffff_ffffL;

    private final List<RangeSet> sets;
    private final int prefixes;
    private final Ipv4Table ipv4;
    private final Ipv6Table ipv6;

    private RangeLookup(List<RangeSet> sets) {
        this.sets = List.copyOf(sets);
        List<RangeEntry> all = new ArrayList<>();
        this.sets.forEach(set -> all.addAll(set.entries()));
        RangeEntry[] sorted = all.toArray(new RangeEntry[0]);
        // one sort puts the entries of each prefix side by side, in the order the intervals need
        Arrays.sort(sorted, BY_PREFIX);
        List<DisjointIntervals.Labelled> v4 = new ArrayList<>();
        List<DisjointIntervals.Labelled> v6 = new ArrayList<>();
        for (int from = 0; from < sorted.length; ) {
            IpPrefix prefix = sorted[from].prefix();
            int to = from + 1;
            while (to < sorted.length && sorted[to].prefix().equals(prefix)) {
                to++;
            }
            DisjointIntervals.Labelled l = new DisjointIntervals.Labelled(prefix, answerFor(prefix, sorted, from, to));
            (prefix.isIpv4() ? v4 : v6).add(l);
            from = to;
        }
        this.prefixes = v4.size() + v6.size();
        this.ipv4 = new Ipv4Table(DisjointIntervals.build(v4, 0, V4_MIN_LOW, 0, V4_MAX_LOW, NO_MATCH));
        this.ipv6 = new Ipv6Table(DisjointIntervals.build(v6, 0, 0, -1L, -1L, NO_MATCH));
    }

    /** Family, first address, then length (outer first): the order {@link DisjointIntervals} needs. */
    private static final Comparator<RangeEntry> BY_PREFIX = (a, b) -> {
        IpPrefix p = a.prefix();
        IpPrefix q = b.prefix();
        if (p.isIpv4() != q.isIpv4()) {
            return p.isIpv4() ? -1 : 1;
        }
        int c = Long.compareUnsigned(p.firstHigh(), q.firstHigh());
        if (c == 0) {
            c = Long.compareUnsigned(p.firstLow(), q.firstLow());
        }
        return c != 0 ? c : Integer.compare(p.length(), q.length());
    };

    /** Orders the candidates of a conflict: vendor, then region with global first. */
    private static final Comparator<RangeEntry> CANDIDATES = Comparator.comparing((RangeEntry e) -> e.vendor().value())
            .thenComparing(RangeEntry::region, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The answer for {@code prefix}, listed by {@code sorted[from..to)}. */
    private static RangeAnswer answerFor(IpPrefix prefix, RangeEntry[] sorted, int from, int to) {
        List<RangeEntry> distinct = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (!distinct.contains(sorted[i])) {
                distinct.add(sorted[i]); // an entry listed twice, or by two files, counts once
            }
        }
        if (distinct.size() == 1) {
            RangeEntry e = distinct.get(0);
            return e.isGlobal() ? new RangeAnswer.NoRegion(e.vendor(), prefix)
                    : new RangeAnswer.Match(e.vendor(), e.region(), prefix);
        }
        distinct.sort(CANDIDATES);
        return new RangeAnswer.Conflict(prefix, distinct);
    }

    /**
     * Builds the lookup over these range sets.
     *
     * @param sets the sets, of any vendors; none is also fine (every lookup is then no match)
     * @return the lookup
     * @throws NullPointerException if {@code sets} or a set in it is null
     */
    public static RangeLookup of(Collection<RangeSet> sets) {
        return new RangeLookup(new ArrayList<>(Objects.requireNonNull(sets, "sets")));
    }

    /**
     * Builds the lookup over these range sets.
     *
     * @param sets the sets
     * @return the lookup
     * @throws NullPointerException if a set is null
     */
    public static RangeLookup of(RangeSet... sets) {
        return of(Arrays.asList(sets));
    }

    /**
     * The answer for one IP: match, no region, conflict or no match (never unsupported).
     * Allocates nothing: the answer is shared.
     *
     * @param ip the IP
     * @return the answer of the longest matching prefix
     * @throws NullPointerException if {@code ip} is null
     */
    public RangeAnswer lookup(OriginIp ip) {
        long high = ip.highBits();
        long low = ip.lowBits();
        if (high == 0 && (low >>> 32) == 0xffffL) {
            return ipv4.find((int) low); // IPv4, or IPv4-mapped IPv6 looked up as IPv4
        }
        return ipv6.find(high, low);
    }

    /**
     * The answer for one IP, checked against a zone's supported regions: a match whose region the
     * zone does not list for that vendor becomes {@link RangeAnswer.Unsupported}; other answers
     * are as {@link #lookup(OriginIp)} gives them.
     *
     * @param ip the IP
     * @param zone the zone's supported regions
     * @return the checked answer
     * @throws NullPointerException if an argument is null
     */
    public RangeAnswer lookup(OriginIp ip, SupportedRegions zone) {
        Objects.requireNonNull(zone, "zone");
        RangeAnswer answer = lookup(ip);
        if (answer instanceof RangeAnswer.Match m && !zone.supports(m.vendor(), m.region())) {
            return new RangeAnswer.Unsupported(m);
        }
        return answer;
    }

    /**
     * The answers for many IPs, as desired mappings and the IPs left without one. An IP given
     * twice is answered once.
     *
     * @param ips the IPs, in the order to report them
     * @return the mappings and the unmatched IPs with their answers
     * @throws NullPointerException if {@code ips} or an IP in it is null
     */
    public Inference infer(Collection<OriginIp> ips) {
        return infer(ips, null);
    }

    /**
     * As {@link #infer(Collection)}, with every match checked against the zone's supported regions.
     *
     * @param ips the IPs, in the order to report them
     * @param zone the zone's supported regions
     * @return the mappings and the unmatched IPs with their answers
     * @throws NullPointerException if an argument or an IP is null
     */
    public Inference infer(Collection<OriginIp> ips, SupportedRegions zone) {
        List<Mapping> mappings = new ArrayList<>();
        Map<OriginIp, RangeAnswer> unmatched = new LinkedHashMap<>();
        Set<OriginIp> seen = new LinkedHashSet<>();
        for (OriginIp ip : ips) {
            if (!seen.add(Objects.requireNonNull(ip, "ip"))) {
                continue;
            }
            RangeAnswer answer = zone == null ? lookup(ip) : lookup(ip, zone);
            if (answer instanceof RangeAnswer.Match m) {
                mappings.add(Mapping.of(ip, m.vendor(), m.region()));
            } else {
                unmatched.put(ip, answer);
            }
        }
        return new Inference(mappings, unmatched);
    }

    /**
     * The range sets this lookup was built from.
     *
     * @return the sets, in the order given
     */
    public List<RangeSet> sets() {
        return sets;
    }

    /**
     * The number of distinct prefixes loaded, over all sets and both families.
     *
     * @return the count
     */
    public int prefixCount() {
        return prefixes;
    }

    /** The vendors, prefix count and interval counts. */
    @Override
    public String toString() {
        Set<Vendor> vendors = new LinkedHashSet<>();
        sets.forEach(s -> vendors.add(s.vendor()));
        return "RangeLookup[" + vendors + ", " + prefixes + " prefixes, " + ipv4.intervals() + " IPv4 and "
                + ipv6.intervals() + " IPv6 intervals]";
    }
}
