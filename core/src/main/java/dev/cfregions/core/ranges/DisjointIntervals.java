package dev.cfregions.core.ranges;

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
     * Builds the intervals of {@code sorted} (distinct prefixes of one family, ordered by first
     * address, then outer before inner) over the space [{@code min}, {@code max}]; {@code none}
     * labels the gaps.
     *
     * @throws IllegalArgumentException if the prefixes are not in that order
     */
    static DisjointIntervals build(List<Labelled> sorted, long minHigh, long minLow, long maxHigh, long maxLow,
            RangeAnswer none) {
        Builder out = new Builder(2 * sorted.size() + 1);
        Labelled[] stack = new Labelled[130];
        int depth = 0;
        long curHigh = minHigh;
        long curLow = minLow;
        boolean exhausted = false; // cur went past max
        IpPrefix previous = null;
        for (Labelled p : sorted) {
            long firstHigh = p.prefix().firstHigh();
            long firstLow = p.prefix().firstLow();
            if (previous != null && (less(firstHigh, firstLow, previous.firstHigh(), previous.firstLow())
                    || firstHigh == previous.firstHigh() && firstLow == previous.firstLow()
                    && p.prefix().length() <= previous.length())) {
                throw new IllegalArgumentException(p.prefix() + " after " + previous + ": not sorted, or listed twice");
            }
            previous = p.prefix();
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
