package dev.cfregions.benchmarks;

import dev.cfregions.core.model.OriginIp;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic corpora of IP texts: the same seed gives the same inputs on every run, so two
 * runs compare the same work.
 */
final class IpCorpus {
    static final int SIZE = 1024;

    private IpCorpus() {}

    /** {@code kind} is {@code ipv4}, {@code ipv6-canonical} or {@code ipv6-noncanonical}. */
    static String[] of(String kind) {
        SplittableRandom random = new SplittableRandom(5952);
        String[] out = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = switch (kind) {
                case "ipv4" -> ipv4(random);
                case "ipv6-canonical" -> OriginIp.of(ipv6Full(random)).value();
                case "ipv6-noncanonical" -> noncanonical(random);
                default -> throw new IllegalArgumentException("unknown corpus " + kind);
            };
        }
        return out;
    }

    private static String ipv4(SplittableRandom r) {
        return r.nextInt(1, 224) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }

    /** Eight groups, full width, with a run of zero groups in about half of them (as real addresses have). */
    private static String ipv6Full(SplittableRandom r) {
        int[] groups = new int[8];
        groups[0] = 0x2001;
        groups[1] = r.nextInt(0x10000);
        for (int g = 2; g < 8; g++) {
            groups[g] = r.nextInt(4) == 0 ? r.nextInt(0x100) : r.nextInt(0x10000);
        }
        if (r.nextBoolean()) {
            int start = r.nextInt(2, 7);
            int len = r.nextInt(2, 9 - start);
            for (int g = start; g < start + len; g++) {
                groups[g] = 0;
            }
        }
        StringBuilder b = new StringBuilder(39);
        for (int g = 0; g < 8; g++) {
            if (g > 0) {
                b.append(':');
            }
            b.append(String.format("%04x", groups[g]));
        }
        return b.toString();
    }

    /** The same addresses spelled as people paste them: upper case, leading zeros, no compression. */
    private static String noncanonical(SplittableRandom r) {
        String full = ipv6Full(r);
        return r.nextBoolean() ? full.toUpperCase(Locale.ROOT) : full;
    }
}
