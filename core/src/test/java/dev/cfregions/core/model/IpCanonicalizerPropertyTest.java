package dev.cfregions.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.errors.InvalidIpException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Property tests for {@link IpCanonicalizer}: random addresses, every textual spelling of each,
 * checked against an independent reference formatter written here from the RFC. Plain JUnit
 * with a seeded {@link Random}; the seed is in every assertion message so a failure can be
 * replayed by fixing {@link #SEED}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IpCanonicalizerPropertyTest {
    /** Fixed so the build is repeatable; run with {@code -Dcfregions.seed=N} to explore others. */
    private static final long SEED = Long.getLong("cfregions.seed", 20261129L);
    private static final int ITERATIONS = 2_000;

    // ------------------------------------------------------------------------- properties

    @Test
    void everySpellingOfAnIpv6AddressCanonicalizesToTheReferenceForm() throws UnknownHostException {
        Random random = new Random(SEED);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            int[] groups = randomGroups(random);
            String context = "seed=" + SEED + " iteration=" + iteration + " groups=" + Arrays.toString(hex(groups));
            String expected = Reference.format(groups);

            Set<String> spellings = Spellings.of(groups, random);
            assertThat(spellings).as(context).isNotEmpty();
            Set<String> results = new LinkedHashSet<>();
            for (String spelling : spellings) {
                String result = IpCanonicalizer.canonicalize(spelling, "ip");
                if (!result.equals(expected)) { // checked cheaply first: this runs ~100,000 times
                    assertThat(result).as("%s spelling=%s", context, spelling).isEqualTo(expected);
                }
                String parsed = OriginIp.of(spelling).value();
                if (!parsed.equals(expected)) {
                    assertThat(parsed).as("%s OriginIp.of(%s)", context, spelling).isEqualTo(expected);
                }
                results.add(result);
            }
            assertThat(results).as("%s: all spellings agree", context).hasSize(1);

            // idempotent, and the canonical text comes back as the same instance, by both entry points
            assertThat(IpCanonicalizer.canonicalize(expected, "ip")).as(context).isSameAs(expected);
            assertThat(OriginIp.of(expected).value()).as(context).isSameAs(expected);
            assertThat(OriginIp.of(expected).toBytes()).as(context).containsExactly(toBytes(groups));
            assertThat(OriginIp.of(expected).isIpv6()).as(context).isTrue();

            assertParsesBackThroughTheJdk(expected, toBytes(groups), context);
        }
    }

    @Test
    void ipv4MappedAddressesAreWrittenInMixedNotationWhateverTheInput() throws UnknownHostException {
        Random random = new Random(SEED ^ 0x5DEECE66DL);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            byte[] v4 = randomIpv4(random);
            int[] groups = {0, 0, 0, 0, 0, 0xffff, ((v4[0] & 0xff) << 8) | (v4[1] & 0xff), ((v4[2] & 0xff) << 8) | (v4[3] & 0xff)};
            String context = "seed=" + SEED + " iteration=" + iteration + " v4=" + dotted(v4);
            String expected = "::ffff:" + dotted(v4);
            assertThat(Reference.format(groups)).as(context).isEqualTo(expected);
            for (String spelling : Spellings.of(groups, random)) {
                String result = IpCanonicalizer.canonicalize(spelling, "ip");
                if (!result.equals(expected)) {
                    assertThat(result).as("%s spelling=%s", context, spelling).isEqualTo(expected);
                }
            }
            assertThat(IpCanonicalizer.canonicalize(expected, "ip")).as(context).isSameAs(expected);
            assertThat(OriginIp.of(expected).value()).as(context).isSameAs(expected);
            assertParsesBackThroughTheJdk(expected, toBytes(groups), context);
        }
    }

    @Test
    void ipv4AddressesHaveExactlyOneSpellingAndComeBackUnchanged() throws UnknownHostException {
        Random random = new Random(SEED + 1);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            byte[] v4 = randomIpv4(random);
            String text = dotted(v4);
            String context = "seed=" + SEED + " iteration=" + iteration + " ip=" + text;

            String copy = new String(text.toCharArray());
            assertThat(IpCanonicalizer.canonicalize(copy, "ip")).as(context).isSameAs(copy);
            OriginIp ip = OriginIp.of(text);
            assertThat(ip.isIpv4()).as(context).isTrue();
            assertThat(ip.toBytes()).as(context).containsExactly(v4);

            InetAddress jdk = InetAddress.getByName(text); // a dotted-quad literal: no DNS
            assertThat(jdk).as(context).isInstanceOf(Inet4Address.class);
            assertThat(jdk.getAddress()).as(context).containsExactly(v4);

            // every zero-padded spelling of an octet is ambiguous (octal or decimal) and refused
            int octet = random.nextInt(4);
            String[] parts = text.split("\\.");
            parts[octet] = "0".repeat(1 + random.nextInt(2)) + parts[octet];
            String padded = String.join(".", parts);
            InvalidIpException e = catchThrowableOfType(InvalidIpException.class,
                    () -> IpCanonicalizer.canonicalize(padded, "ip"));
            assertThat(e).as("%s padded=%s must be refused", context, padded).isNotNull();

            // the same 4 bytes inside IPv6 are different addresses, written per their kind
            String compatible = "::" + text;
            int hi = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
            int lo = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            assertThat(IpCanonicalizer.canonicalize(compatible, "ip")).as(context)
                    .isEqualTo(Reference.format(new int[] {0, 0, 0, 0, 0, 0, hi, lo}));
            String nat64 = "64:ff9b::" + text;
            assertThat(IpCanonicalizer.canonicalize(nat64, "ip")).as(context)
                    .isEqualTo(Reference.format(new int[] {0x64, 0xff9b, 0, 0, 0, 0, hi, lo}))
                    .doesNotContain(".");
        }
    }

    @Test
    void ipv4TextIsAcceptedExactlyWhenTheGrammarSaysSo() {
        // the grammar of ip-canonical-form.md, written independently of the parser's two paths
        java.util.regex.Pattern octet = java.util.regex.Pattern.compile("25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]");
        java.util.regex.Pattern quad = java.util.regex.Pattern.compile("(?:" + octet + ")(?:\\.(?:" + octet + ")){3}");
        Random random = new Random(SEED + 2);
        // octets at and around every edge of the grammar, and (one time in ten) ones that are not
        String[] octets = {"0", "1", "9", "10", "25", "99", "100", "199", "200", "249", "250", "255"};
        String[] notOctets = {"256", "260", "300", "999", "1000", "00", "01", "001", "010", "x", "", "-1", "1 ", "2a", "+1"};
        String[] notDots = {"..", "", ",", ":", " ."};
        int accepted = 0;
        for (int iteration = 0; iteration < 20_000; iteration++) {
            StringBuilder b = new StringBuilder();
            int count = random.nextInt(5) == 0 ? 3 + 2 * random.nextInt(2) : 4; // 3, 4 or 5
            for (int o = 0; o < count; o++) {
                if (o > 0) {
                    b.append(random.nextInt(20) == 0 ? notDots[random.nextInt(notDots.length)] : ".");
                }
                b.append(random.nextInt(10) == 0 ? notOctets[random.nextInt(notOctets.length)] : octets[random.nextInt(octets.length)]);
            }
            if (random.nextInt(20) == 0) {
                b.insert(random.nextInt(b.length() + 1), random.nextBoolean() ? "." : "5");
            }
            String text = b.toString();
            boolean valid = quad.matcher(text).matches();
            if (text.indexOf(':') >= 0 && !valid) {
                continue; // IPv6 text (some of it valid) is the other tests' business
            }
            Throwable t = catchThrowableOfType(InvalidIpException.class, () -> IpCanonicalizer.canonicalize(text, "ip"));
            assertThat(t == null).as("seed=%d text=%s", SEED, text).isEqualTo(valid);
            if (valid) {
                accepted++;
                assertThat(OriginIp.of(text).toBytes()).as(text).containsExactly(octetBytes(text));
            }
        }
        assertThat(accepted).as("the generator reaches valid addresses often enough to matter").isGreaterThan(2_000);
    }

    private static byte[] octetBytes(String dottedQuad) {
        String[] parts = dottedQuad.split("\\.");
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    @Test
    void theReferenceFormatterAgreesWithTheRfcExamples() {
        // the oracle itself must be right, or the properties above prove nothing
        assertThat(Reference.format(new int[] {0x2001, 0xdb8, 0, 0, 0, 0, 0, 1})).isEqualTo("2001:db8::1");
        assertThat(Reference.format(new int[] {0x2001, 0xdb8, 0, 0, 1, 0, 0, 1})).isEqualTo("2001:db8::1:0:0:1");
        assertThat(Reference.format(new int[] {0x2001, 0xdb8, 0, 1, 1, 1, 1, 1})).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(Reference.format(new int[] {0x2001, 0, 0, 1, 0, 0, 0, 1})).isEqualTo("2001:0:0:1::1");
        assertThat(Reference.format(new int[8])).isEqualTo("::");
        assertThat(Reference.format(new int[] {0, 0, 0, 0, 0, 0xffff, 0, 0})).isEqualTo("::ffff:0.0.0.0");
        assertThat(Reference.format(new int[] {0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201})).isEqualTo("::ffff:192.0.2.1");
        assertThat(Reference.format(new int[] {0, 0, 0, 0, 0, 0, 0xc000, 0x201})).isEqualTo("::c000:201");
        assertThat(Reference.format(new int[] {1, 0, 0, 0, 0, 0, 0, 0})).isEqualTo("1::");
        assertThat(Reference.format(new int[] {0xABCD, 0x0A, 0, 0, 0, 0, 0, 0})).isEqualTo("abcd:a::");
    }

    @Test
    void theSpellingGeneratorProducesEveryFamily() {
        Random random = new Random(SEED);
        int[] groups = {0x2001, 0xdb8, 0, 0, 1, 0, 0, 0};
        Set<String> spellings = Spellings.of(groups, random);
        String context = "seed=" + SEED + " spellings=" + spellings;
        // full form, :: at each eligible run (and inside a run), and the dotted last 32 bits
        assertThat(spellings).as(context).anyMatch(s -> !s.contains("::") && s.split(":").length == 8);
        assertThat(spellings).as(context).anyMatch(s -> s.matches("(?i)0*2001:0*db8::0*1:0+:0+:0+"));
        assertThat(spellings).as(context).anyMatch(s -> s.matches("(?i)0*2001:0*db8:0+:0+:0*1::"));
        assertThat(spellings).as(context).anyMatch(s -> s.matches("(?i)0*2001:0*db8:0+:0+:0*1::0+"));
        assertThat(spellings).as(context).anyMatch(s -> s.endsWith("0.0.0.0"));
        assertThat(spellings).as(context).anyMatch(s -> s.matches(".*[A-F].*"));
        assertThat(spellings).as(context).anyMatch(s -> s.matches(".*\\b00[0-9a-fA-F]{2}\\b.*"));
        for (String s : spellings) {
            assertThat(s.length()).as(s).isLessThanOrEqualTo(45);
        }
    }

    // ------------------------------------------------------------------------- JDK cross-check

    /** Parses a literal we generated (never user input, never a host name) back through the JDK. */
    private static void assertParsesBackThroughTheJdk(String canonical, byte[] bytes16, String context)
            throws UnknownHostException {
        assertThat(canonical).as(context).contains(":"); // an IPv6 literal: the JDK does not resolve it
        InetAddress parsed = InetAddress.getByName(canonical);
        if (isMapped(bytes16)) {
            // the JDK unmaps IPv4-mapped literals to an Inet4Address of the last 4 bytes
            assertThat(parsed).as(context).isInstanceOf(Inet4Address.class);
            assertThat(parsed.getAddress()).as(context).containsExactly(Arrays.copyOfRange(bytes16, 12, 16));
        } else {
            assertThat(parsed).as(context).isInstanceOf(Inet6Address.class);
            assertThat(parsed.getAddress()).as(context).containsExactly(bytes16);
        }
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    // ------------------------------------------------------------------------- generators

    /** Eight groups, biased so that zero groups, runs of zeros and special prefixes are frequent. */
    private static int[] randomGroups(Random r) {
        int[] g = new int[8];
        switch (r.nextInt(10)) {
            case 0 -> { // IPv4-mapped
                g[5] = 0xffff;
                g[6] = r.nextInt(0x10000);
                g[7] = r.nextBoolean() ? 0 : r.nextInt(0x10000);
            }
            case 1 -> { // IPv4-compatible or NAT64 or the unspecified/loopback neighbourhood
                if (r.nextBoolean()) {
                    g[0] = 0x64;
                    g[1] = 0xff9b;
                }
                g[6] = r.nextBoolean() ? 0 : r.nextInt(0x10000);
                g[7] = r.nextInt(3);
            }
            case 2 -> { // near-mapped: ffff somewhere else, or a non-zero group before ffff
                g[r.nextInt(8)] = 0xffff;
                if (r.nextBoolean()) {
                    g[4] = 1;
                    g[5] = 0xffff;
                }
            }
            default -> {
                for (int i = 0; i < 8; i++) {
                    g[i] = r.nextInt(100) < 45 ? 0 : randomGroup(r);
                }
                if (r.nextInt(3) == 0) { // a run of zeros at a random place
                    int start = r.nextInt(8);
                    int end = Math.min(8, start + 1 + r.nextInt(8));
                    Arrays.fill(g, start, end, 0);
                }
            }
        }
        return g;
    }

    private static int randomGroup(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextInt(0x10); // one hex digit
            case 1 -> r.nextInt(0x100);
            case 2 -> r.nextInt(0x1000);
            case 3 -> 0xffff;
            default -> r.nextInt(0x10000);
        };
    }

    private static byte[] randomIpv4(Random r) {
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = switch (r.nextInt(6)) {
                case 0 -> 0;
                case 1 -> 255;
                case 2 -> r.nextInt(10);
                case 3 -> 10 + r.nextInt(90);
                default -> r.nextInt(256);
            };
            b[i] = (byte) octet;
        }
        return b;
    }

    // ------------------------------------------------------------------------- spellings

    /** Every textual family of one address: case, padding, full form, each "::", dotted last 32 bits. */
    static final class Spellings {
        private Spellings() {}

        static Set<String> of(int[] g, Random r) {
            Set<String> out = new LinkedHashSet<>();
            // full eight-group form: lower, upper, minimal, fully padded, random mixed
            out.add(join(g, 0, 8, x -> Integer.toHexString(x)));
            out.add(join(g, 0, 8, x -> String.format("%04X", x)));
            out.add(join(g, 0, 8, x -> String.format("%04x", x)));
            out.add(join(g, 0, 8, x -> randomText(x, r)));
            // "::" over every range of one or more consecutive zero groups (not only the longest)
            addCompressed(out, g, 8, "", r);
            // the last 32 bits as a dotted quad, with and without "::" in the first six groups
            String quad = (g[6] >>> 8) + "." + (g[6] & 0xff) + "." + (g[7] >>> 8) + "." + (g[7] & 0xff);
            out.add(join(g, 0, 6, x -> randomText(x, r)) + ":" + quad);
            out.add(join(g, 0, 6, x -> String.format("%04X", x)) + ":" + quad);
            addCompressed(out, g, 6, quad, r);
            return out;
        }

        /** Adds the spellings with "::" over each zero range within groups [0, limit). */
        private static void addCompressed(Set<String> out, int[] g, int limit, String quad, Random r) {
            for (int start = 0; start < limit; start++) {
                for (int end = start + 1; end <= limit && g[end - 1] == 0; end++) {
                    String head = join(g, 0, start, x -> randomText(x, r));
                    String tail = join(g, end, limit, x -> randomText(x, r));
                    if (!quad.isEmpty()) {
                        tail = tail.isEmpty() ? quad : tail + ":" + quad;
                    }
                    out.add(head + "::" + tail);
                    // and once more all upper case with maximal padding
                    String headUp = join(g, 0, start, x -> String.format("%04X", x));
                    String tailUp = join(g, end, limit, x -> String.format("%04X", x));
                    if (!quad.isEmpty()) {
                        tailUp = tailUp.isEmpty() ? quad : tailUp + ":" + quad;
                    }
                    out.add(headUp + "::" + tailUp);
                }
            }
        }

        /** A group written with 1–4 digits (padding at random) in random case per digit. */
        private static String randomText(int x, Random r) {
            String minimal = Integer.toHexString(x);
            int width = minimal.length() + r.nextInt(5 - minimal.length());
            StringBuilder sb = new StringBuilder("0".repeat(width - minimal.length()));
            int mode = r.nextInt(3); // 0 lower, 1 upper, 2 mixed
            for (char c : minimal.toCharArray()) {
                boolean upper = mode == 1 || (mode == 2 && r.nextBoolean());
                sb.append(upper ? Character.toUpperCase(c) : c);
            }
            return sb.toString();
        }

        private static String join(int[] g, int from, int to, java.util.function.IntFunction<String> text) {
            List<String> parts = new ArrayList<>();
            for (int i = from; i < to; i++) {
                parts.add(text.apply(g[i]));
            }
            return String.join(":", parts);
        }
    }

    // ------------------------------------------------------------------------- reference

    /**
     * An obviously-correct RFC 5952 formatter, independent of the one under test: lower-case hex
     * without leading zeros, the longest run of two or more zero groups as "::" (the first on a
     * tie), and mixed notation for ::ffff:0:0/96 only.
     */
    static final class Reference {
        private Reference() {}

        static String format(int[] g) {
            boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
            if (mapped) {
                return "::ffff:" + (g[6] >> 8) + "." + (g[6] & 0xff) + "." + (g[7] >> 8) + "." + (g[7] & 0xff);
            }
            int bestStart = -1;
            int bestLength = 0;
            for (int start = 0; start < 8; start++) {
                int length = 0;
                while (start + length < 8 && g[start + length] == 0) {
                    length++;
                }
                if (length >= 2 && length > bestLength) {
                    bestStart = start;
                    bestLength = length;
                }
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                parts.add(Integer.toHexString(g[i]));
            }
            if (bestStart < 0) {
                return String.join(":", parts);
            }
            String head = String.join(":", parts.subList(0, bestStart));
            String tail = String.join(":", parts.subList(bestStart + bestLength, 8));
            return head + "::" + tail;
        }
    }

    // ------------------------------------------------------------------------- helpers

    private static byte[] toBytes(int[] g) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (g[i] >>> 8);
            b[2 * i + 1] = (byte) g[i];
        }
        return b;
    }

    private static String dotted(byte[] v4) {
        return (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "." + (v4[2] & 0xff) + "." + (v4[3] & 0xff);
    }

    private static String[] hex(int[] g) {
        return Arrays.stream(g).mapToObj(Integer::toHexString).toArray(String[]::new);
    }
}
