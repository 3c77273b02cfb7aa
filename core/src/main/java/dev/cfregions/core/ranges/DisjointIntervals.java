package dev.cfregions.core.ranges;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Flattens nested prefixes of one address family into disjoint, contiguous intervals that cover
 * the family's whole space, each labelled with the answer of the longest prefix covering it (or
 * "no match" in the gaps). A lookup is then one search for the last interval starting at or
 * before an address: no walking of nested prefixes at lookup time.
 *
 * <p>Addresses are 128-bit, as two longs compared unsigned; IPv4 uses its IPv4-mapped space
 * {@code ::ffff:0.0.0.0 - ::ffff:255.255.255.255}.
 */
final class DisjointIntervals {
    /** One distinct prefix and the answer for it. */
    record Labelled(IpPrefix prefix, RangeAnswer answer) {}

    final long[] startHigh;
    final long[] startLow;
    final RangeAnswer[] answers;
    final int size;

    private DisjointIntervals(long[] startHigh, long[] startLow, RangeAnswer[] answers, int size) {
        this.startHigh = startHigh;
        this.startLow = startLow;
        this.answers = answers;
        this.size = size;
    }

    /**
     * Builds the intervals of {@code prefixes} (distinct, one family) over the space
     * [{@code min}, {@code max}]; {@code none} labels the gaps.
     */
    static DisjointIntervals build(List<Labelled> prefixes, long minHigh, long minLow, long maxHigh, long maxLow,
            RangeAnswer none) {
        Labelled[] sorted = prefixes.toArray(new Labelled[0]);
        // by first address, then outer (shorter) before inner, so a parent is open before its children
        Arrays.sort(sorted, Comparator.<Labelled>comparingLong(l -> l.prefix().firstHigh() ^ Long.MIN_VALUE)
                .thenComparingLong(l -> l.prefix().firstLow() ^ Long.MIN_VALUE)
                .thenComparingInt(l -> l.prefix().bits128()));
        Builder out = new Builder(2 * sorted.length + 1);
        Labelled[] stack = new Labelled[130];
        int depth = 0;
        long curHigh = minHigh;
        long curLow = minLow;
        boolean exhausted = false; // cur went past max
        for (Labelled p : sorted) {
            long firstHigh = p.prefix().firstHigh();
            long firstLow = p.prefix().firstLow();
            // close the open prefixes that end before p starts
            while (depth > 0 && less(stack[depth - 1].prefix().lastHigh(), stack[depth - 1].prefix().lastLow(), firstHigh, firstLow)) {
                IpPrefix top = stack[depth - 1].prefix();
                if (!less(top.lastHigh(), top.lastLow(), curHigh, curLow)) {
                    out.add(curHigh, curLow, stack[depth - 1].answer());
                    curLow = top.lastLow() + 1;
                    curHigh = top.lastHigh() + (curLow == 0 ? 1 : 0);
                }
                depth--;
            }
            if (less(curHigh, curLow, firstHigh, firstLow)) {
                out.add(curHigh, curLow, depth == 0 ? none : stack[depth - 1].answer());
                curHigh = firstHigh;
                curLow = firstLow;
            }
            stack[depth++] = p;
        }
        while (depth > 0) {
            IpPrefix top = stack[depth - 1].prefix();
            if (!exhausted && !less(top.lastHigh(), top.lastLow(), curHigh, curLow)) {
                out.add(curHigh, curLow, stack[depth - 1].answer());
                if (top.lastHigh() == maxHigh && top.lastLow() == maxLow) {
                    exhausted = true;
                } else {
                    curLow = top.lastLow() + 1;
                    curHigh = top.lastHigh() + (curLow == 0 ? 1 : 0);
                }
            }
            depth--;
        }
        if (!exhausted) {
            out.add(curHigh, curLow, none);
        }
        return new DisjointIntervals(out.high, out.low, out.answers, out.size);
    }

    /** Whether (ah, al) is below (bh, bl), unsigned. */
    static boolean less(long ah, long al, long bh, long bl) {
        int c = Long.compareUnsigned(ah, bh);
        return c < 0 || c == 0 && Long.compareUnsigned(al, bl) < 0;
    }

    /** Appends interval starts, merging neighbours with the same answer. */
    private static final class Builder {
        long[] high;
        long[] low;
        RangeAnswer[] answers;
        int size;

        Builder(int capacity) {
            high = new long[capacity];
            low = new long[capacity];
            answers = new RangeAnswer[capacity];
        }

        void add(long h, long l, RangeAnswer answer) {
            if (size > 0 && answers[size - 1] == answer) {
                return;
            }
            high[size] = h;
            low[size] = l;
            answers[size] = answer;
            size++;
        }
    }
}
