package dev.cfregions.core.ranges;

/**
 * The IPv6 intervals as sorted 128-bit starts, searched by binary search. The two halves of each
 * start sit side by side in one array, so a probe touches one cache line, not two. Lookups
 * allocate nothing.
 */
final class Ipv6Table {
    /**
     * Interval start {@code i} at {@code 2i} (upper half) and {@code 2i + 1} (lower half), each
     * with its sign bit flipped so that signed comparison orders them unsigned.
     */
    private final long[] starts;
    private final RangeAnswer[] answers;

    Ipv6Table(DisjointIntervals intervals) {
        int n = intervals.size;
        starts = new long[2 * n];
        answers = new RangeAnswer[n];
        for (int i = 0; i < n; i++) {
            starts[2 * i] = intervals.startHigh[i] ^ Long.MIN_VALUE;
            starts[2 * i + 1] = intervals.startLow[i] ^ Long.MIN_VALUE;
            answers[i] = intervals.answers[i];
        }
    }

    /** The answer for the IPv6 address with these 128 bits. */
    RangeAnswer find(long addressHigh, long addressLow) {
        long h = addressHigh ^ Long.MIN_VALUE;
        long l = addressLow ^ Long.MIN_VALUE;
        int lo = 0;
        int hi = answers.length - 1;
        // the last start <= address; the first interval starts at :: so one always exists
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            long mh = starts[2 * mid];
            if (mh < h || mh == h && starts[2 * mid + 1] <= l) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return answers[lo];
    }

    int intervals() {
        return answers.length;
    }
}
