package dev.cfregions.core.ranges;

/**
 * The IPv4 intervals as sorted 32-bit starts, with a direct index on the top 16 bits of the
 * address that narrows each search to the few intervals starting in that /16. Lookups read two
 * arrays and allocate nothing.
 */
final class Ipv4Table {
    private static final int BUCKETS = 1 << 16;

    /** Interval starts with the sign bit flipped, so that signed comparison orders them unsigned. */
    private final int[] starts;
    private final RangeAnswer[] answers;
    /** For each /16, the index of the interval holding its first address. */
    private final int[] bucket;

    Ipv4Table(DisjointIntervals intervals) {
        int n = intervals.size;
        starts = new int[n];
        answers = new RangeAnswer[n];
        for (int i = 0; i < n; i++) {
            starts[i] = (int) intervals.startLow[i] ^ Integer.MIN_VALUE;
            answers[i] = intervals.answers[i];
        }
        bucket = new int[BUCKETS + 1];
        int i = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int first = (b << 16) ^ Integer.MIN_VALUE;
            while (i + 1 < n && starts[i + 1] <= first) {
                i++;
            }
            bucket[b] = i;
        }
        bucket[BUCKETS] = n - 1;
    }

    /** The answer for the IPv4 address {@code address} (as 32 bits). */
    RangeAnswer find(int address) {
        int b = address >>> 16;
        int key = address ^ Integer.MIN_VALUE;
        int lo = bucket[b];
        int hi = bucket[b + 1];
        // the last start <= key lies in [lo, hi]; starts[lo] <= key always holds
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= key) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return answers[lo];
    }

    int intervals() {
        return starts.length;
    }
}
