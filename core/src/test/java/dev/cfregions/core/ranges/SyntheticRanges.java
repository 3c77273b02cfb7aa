package dev.cfregions.core.ranges;

import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Range files of real size and prefix mix, generated from a seed, in the vendors' real formats:
 * for tests here and for the benchmarks (JMH: lookup versus {@code OriginIp.of}, load time per
 * file), which can use this class from core's test sources. Deterministic: one seed, one file.
 *
 * <p>The mix imitates the published files (lengths, families, clustering in a few /8s and IPv6
 * /24s, nested prefixes, a few prefixes listed for two regions), not their exact statistics:
 * <ul>
 * <li>AWS {@code ip-ranges.json}: about 65% IPv4 (/12-/32, most /21-/24) and 35% IPv6 (/40-/64,
 *     most /48-/56); {@link #AWS_SIZE} EC2 prefixes as in the real file, plus a third as many
 *     other-service entries (which the parser skips) and a few {@code GLOBAL} ones.</li>
 * <li>Azure Service Tags: {@link #AZURE_SIZE} prefixes under {@code AzureCloud.<region>} tags
 *     over 60 regions (some with irregular names), about 75% IPv4 (many /29-/32) and 25% IPv6
 *     (/44-/128, most /64), plus service tags holding copies of some of them (skipped).</li>
 * </ul>
 */
public final class SyntheticRanges {
    /** About the number of EC2 prefixes in AWS's real file. */
    public static final int AWS_SIZE = 10_000;
    /** About the number of {@code AzureCloud.<region>} prefixes in Azure's real Service Tags file. */
    public static final int AZURE_SIZE = 56_000;

    private static final int[] AWS_V4_OCTETS = {3, 13, 15, 18, 35, 43, 44, 50, 52, 54, 63, 99, 176};
    private static final long[] AWS_V6_BLOCKS = {0x26001f0000000000L, 0x2406da0000000000L, 0x2a05d00000000000L, 0x2600900000000000L};
    private static final String[] AWS_REGIONS = {"us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
        "sa-east-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1",
        "eu-south-2", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
        "ap-southeast-4", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-east-1", "me-south-1",
        "me-central-1", "af-south-1", "il-central-1", "mx-central-1", "us-gov-west-1"};
    private static final String[] AWS_OTHER_SERVICES = {"AMAZON", "S3", "CLOUDFRONT", "ROUTE53", "DYNAMODB"};

    private static final int[] AZURE_V4_OCTETS = {4, 13, 20, 23, 40, 51, 52, 57, 68, 98, 104, 128, 135, 137, 168, 191};
    private static final long[] AZURE_V6_BLOCKS = {0x2603100000000000L, 0x2a01011000000000L, 0x2603102000000000L};
    private static final String[] AZURE_REGIONS = {"eastus", "eastus2", "centralus", "northcentralus",
        "southcentralus", "westcentralus", "westus", "westus2", "westus3", "canadacentral", "canadaeast",
        "brazilsouth", "brazilse", "northeurope", "westeurope", "uksouth", "ukwest", "centralfrance", "southfrance",
        "germanywc", "germanyn", "norwaye", "norwayw", "switzerlandn", "switzerlandw", "swedencentral",
        "polandcentral", "italynorth", "spaincentral", "austriaeast", "belgiumcentral", "denmarkeast",
        "eastasia", "southeastasia", "japaneast", "japanwest", "koreacentral", "koreasouth", "centralindia",
        "southindia", "westindia", "jioindiacentral", "jioindiawest", "australiaeast", "australiasoutheast",
        "australiacentral", "australiacentral2", "newzealandnorth", "indonesiacentral", "malaysiawest",
        "taiwannorth", "uaenorth", "uaecentral", "qatarcentral", "israelcentral", "southafricanorth",
        "southafricawest", "mexicocentral", "chilec", "usstagee"};
    private static final String[] AZURE_SERVICES = {"Storage", "Sql", "AppService", "AzureMonitor", "EventHub"};

    private SyntheticRanges() {}

    /**
     * An AWS {@code ip-ranges.json} with {@code ec2Prefixes} EC2 prefixes.
     *
     * @param ec2Prefixes how many EC2 entries (the kept ones), such as {@link #AWS_SIZE}
     * @param seed the seed
     * @return the file's UTF-8 bytes
     */
    public static byte[] awsJson(int ec2Prefixes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> v4 = new ArrayList<>(); // {prefix, region, service}
        List<String[]> v6 = new ArrayList<>();
        for (int i = 0; i < ec2Prefixes; i++) {
            boolean ipv4 = random.nextInt(100) < 65;
            String region = random.nextInt(200) == 0 ? "GLOBAL" : pick(random, AWS_REGIONS);
            List<String[]> into = ipv4 ? v4 : v6;
            if (!into.isEmpty() && random.nextInt(200) == 0) {
                // the same prefix listed for another region: a conflict
                into.add(new String[] {into.get(random.nextInt(into.size()))[0], pick(random, AWS_REGIONS), "EC2"});
                continue;
            }
            String prefix = ipv4 ? ipv4Prefix(random, AWS_V4_OCTETS, awsV4Length(random))
                    : ipv6Prefix(random, AWS_V6_BLOCKS, awsV6Length(random));
            into.add(new String[] {prefix, region, "EC2"});
            if (random.nextInt(3) == 0) {
                into.add(new String[] {prefix, region, pick(random, AWS_OTHER_SERVICES)});
            }
        }
        StringBuilder sb = new StringBuilder(ec2Prefixes * 140);
        sb.append("{\n  \"syncToken\": \"").append(seed).append("\",\n  \"createDate\": \"2026-12-01-12-00-00\",\n");
        sb.append("  \"prefixes\": [");
        appendAws(sb, v4, "ip_prefix");
        sb.append("\n  ],\n  \"ipv6_prefixes\": [");
        appendAws(sb, v6, "ipv6_prefix");
        sb.append("\n  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendAws(StringBuilder sb, List<String[]> entries, String field) {
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\n      \"").append(field).append("\": \"").append(e[0])
                    .append("\",\n      \"region\": \"").append(e[1]).append("\",\n      \"service\": \"").append(e[2])
                    .append("\",\n      \"network_border_group\": \"").append(e[1]).append("\"\n    }");
        }
    }

    /**
     * An Azure Service Tags file with {@code regionalPrefixes} prefixes under {@code AzureCloud.<region>}.
     *
     * @param regionalPrefixes how many kept prefixes, such as {@link #AZURE_SIZE}
     * @param seed the seed
     * @return the file's UTF-8 bytes
     */
    public static byte[] azureJson(int regionalPrefixes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> byRegion = new ArrayList<>();
        for (int r = 0; r < AZURE_REGIONS.length; r++) {
            byRegion.add(new ArrayList<>());
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < regionalPrefixes; i++) {
            int region = random.nextInt(AZURE_REGIONS.length);
            String prefix;
            if (!all.isEmpty() && random.nextInt(300) == 0) {
                prefix = all.get(random.nextInt(all.size())); // listed by a second region too
            } else if (random.nextInt(100) < 75) {
                prefix = ipv4Prefix(random, AZURE_V4_OCTETS, azureV4Length(random));
            } else {
                prefix = ipv6Prefix(random, AZURE_V6_BLOCKS, azureV6Length(random));
            }
            byRegion.get(region).add(prefix);
            all.add(prefix);
        }
        StringBuilder sb = new StringBuilder(regionalPrefixes * 30);
        sb.append("{\n  \"changeNumber\": ").append(seed & 0xffff).append(",\n  \"cloud\": \"Public\",\n  \"values\": [");
        appendTag(sb, "AzureCloud", "", all.subList(0, Math.min(50, all.size())), true);
        for (int r = 0; r < AZURE_REGIONS.length; r++) {
            appendTag(sb, "AzureCloud." + AZURE_REGIONS[r], AZURE_REGIONS[r], byRegion.get(r), false);
            List<String> service = new ArrayList<>();
            for (String p : byRegion.get(r)) {
                if (random.nextInt(5) == 0) {
                    service.add(p);
                }
            }
            appendTag(sb, pick(random, AZURE_SERVICES) + "." + AZURE_REGIONS[r], AZURE_REGIONS[r], service, false);
        }
        sb.append("\n  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendTag(StringBuilder sb, String name, String region, List<String> prefixes, boolean first) {
        sb.append(first ? "\n" : ",\n").append("    {\n      \"name\": \"").append(name).append("\",\n      \"id\": \"")
                .append(name).append("\",\n      \"properties\": {\n        \"changeNumber\": 1,\n        \"region\": \"")
                .append(region).append("\",\n        \"regionId\": 1,\n        \"platform\": \"Azure\",\n")
                .append("        \"systemService\": \"\",\n        \"addressPrefixes\": [");
        for (int i = 0; i < prefixes.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n").append("          \"").append(prefixes.get(i)).append('"');
        }
        sb.append("\n        ],\n        \"networkFeatures\": [\"API\", \"NSG\"]\n      }\n    }");
    }

    /**
     * The AWS file of {@link #awsJson}, read.
     *
     * @param ec2Prefixes how many EC2 entries
     * @param seed the seed
     * @return the range set
     */
    public static RangeSet aws(int ec2Prefixes, long seed) {
        return RangeSets.read(Vendor.AWS, new ByteArrayInputStream(awsJson(ec2Prefixes, seed)), "synthetic-ip-ranges.json");
    }

    /**
     * The Azure file of {@link #azureJson}, read.
     *
     * @param regionalPrefixes how many kept prefixes
     * @param seed the seed
     * @return the range set
     */
    public static RangeSet azure(int regionalPrefixes, long seed) {
        return RangeSets.read(Vendor.AZURE, new ByteArrayInputStream(azureJson(regionalPrefixes, seed)),
                "synthetic-ServiceTags_Public.json");
    }

    /**
     * IP texts to look up: half inside a random prefix of {@code sets} (so nested and conflicting
     * prefixes are hit), half anywhere in the family of a random prefix; IPv6 written in
     * canonical form, as {@code OriginIp.of} would get it from a user's file.
     *
     * @param sets the sets to aim at
     * @param count how many
     * @param seed the seed
     * @return the texts
     */
    public static String[] addresses(List<RangeSet> sets, int count, long seed) {
        List<IpPrefix> prefixes = new ArrayList<>();
        sets.forEach(s -> s.entries().forEach(e -> prefixes.add(e.prefix())));
        SplittableRandom random = new SplittableRandom(seed);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            IpPrefix p = prefixes.get(random.nextInt(prefixes.size()));
            boolean inside = random.nextBoolean();
            if (p.isIpv4()) {
                int base = (int) p.firstLow();
                int hostBits = 32 - p.length();
                int v = inside ? base | (hostBits == 0 ? 0 : random.nextInt() >>> (32 - hostBits)) : random.nextInt();
                out[i] = ipv4Text(v);
            } else {
                long high = p.firstHigh();
                long low = p.firstLow();
                int bits = p.length();
                long rh = random.nextLong();
                long rl = random.nextLong();
                if (inside) {
                    high |= bits >= 64 ? 0 : rh >>> bits;
                    low |= bits >= 128 ? 0 : bits <= 64 ? rl : rl >>> (bits - 64);
                } else {
                    high = rh;
                    low = rl;
                }
                out[i] = ipv6Text(high, low);
            }
        }
        return out;
    }

    private static int awsV4Length(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 3 ? 12 + r.nextInt(4) : x < 13 ? 16 : x < 38 ? 17 + r.nextInt(4) : x < 88 ? 21 + r.nextInt(4) : 25 + r.nextInt(8);
    }

    private static int awsV6Length(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 5 ? 40 : x < 45 ? 44 + r.nextInt(5) : x < 80 ? 56 : 64;
    }

    private static int azureV4Length(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 5 ? 16 + r.nextInt(5) : x < 40 ? 21 + r.nextInt(4) : x < 60 ? 25 + r.nextInt(4) : 29 + r.nextInt(4);
    }

    private static int azureV6Length(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 10 ? 44 + r.nextInt(4) : x < 30 ? 48 : x < 80 ? 64 : 120 + r.nextInt(9);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String ipv4Prefix(SplittableRandom r, int[] firstOctets, int length) {
        int v = firstOctets[r.nextInt(firstOctets.length)] << 24 | (r.nextInt() >>> 8);
        v &= length == 0 ? 0 : -1 << (32 - length);
        return ipv4Text(v) + "/" + length;
    }

    private static String ipv6Prefix(SplittableRandom r, long[] blocks, int length) {
        // a /24 block, then random bits, then the host bits cleared
        long high = blocks[r.nextInt(blocks.length)] | (r.nextLong() >>> 24);
        long low = r.nextLong();
        high &= length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
        low &= length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
        return ipv6Text(high, low) + "/" + length;
    }

    private static String ipv4Text(int v) {
        return (v >>> 24) + "." + (v >>> 16 & 0xff) + "." + (v >>> 8 & 0xff) + "." + (v & 0xff);
    }

    private static String ipv6Text(long high, long low) {
        StringBuilder sb = new StringBuilder(40);
        for (int g = 0; g < 8; g++) {
            long word = g < 4 ? high : low;
            sb.append(g == 0 ? "" : ":").append(Long.toHexString(word >>> (48 - 16 * (g % 4)) & 0xffff));
        }
        return OriginIp.of(sb.toString()).value();
    }
}
