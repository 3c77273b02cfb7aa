package dev.cfregions.core.ranges;

/**
 * The IPv6 intervals as sorted 128-bit starts in two long arrays, searched by binary search.
 * Lookups allocate nothing.
 */
final class Ipv6Table {
    /** Interval starts, each half with its sign bit flipped so that signed comparison orders them unsigned. */
    private final long[] high;
    private final long[] low;
    private final RangeAnswer[] answers;

    Ipv6Table(DisjointIntervals intervals) {
        int n = intervals.size;
        high = new long[n];
        low = new long[n];
        answers = new RangeAnswer[n];
        for (int i = 0; i < n; i++) {
            high[i] = intervals.startHigh[i] ^ Long.MIN_VALUE;
            low[i] = intervals.startLow[i] ^ Long.MIN_VALUE;
            answers[i] = intervals.answers[i];
        }
    }

    /** The answer for the IPv6 address with these 128 bits. */
    RangeAnswer find(long addressHigh, long addressLow) {
        long h = addressHigh ^ Long.MIN_VALUE;
        long l = addressLow ^ Long.MIN_VALUE;
        int lo = 0;
        int hi = high.length - 1;
        // the last start <= address; the first interval starts at :: so one always exists
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            long mh = high[mid];
            if (mh < h || mh == h && low[mid] <= l) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return answers[lo];
    }

    int intervals() {
        return high.length;
    }
}
