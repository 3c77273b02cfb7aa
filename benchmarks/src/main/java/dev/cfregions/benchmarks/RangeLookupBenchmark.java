package dev.cfregions.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.ranges.RangeAnswer;
import dev.cfregions.core.ranges.RangeLookup;
import dev.cfregions.core.ranges.RangeSet;
import dev.cfregions.core.ranges.RangeSets;
import dev.cfregions.core.ranges.SyntheticRanges;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Questions: does a range lookup cost less than parsing the same IP text with
 * {@link OriginIp#of} (its baseline), with synthetic sets of real size and prefix mix loaded
 * (~10k AWS EC2, ~56k Azure prefixes)? And how long does loading each file take, against
 * Jackson's {@code readTree} of the same bytes?
 */
@State(Scope.Thread)
public class RangeLookupBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RangeLookup lookup;
    private String[] texts;
    private OriginIp[] ips;
    private byte[] awsFile;
    private byte[] azureFile;
    private int next;

    /** Builds both sets, the lookup, and 1,024 addresses aimed at them (half inside a prefix). */
    @Setup(Level.Trial)
    public void setUp() {
        awsFile = SyntheticRanges.awsJson(SyntheticRanges.AWS_SIZE, 1);
        azureFile = SyntheticRanges.azureJson(SyntheticRanges.AZURE_SIZE, 2);
        RangeSet aws = RangeSets.read(Vendor.AWS, new ByteArrayInputStream(awsFile), "aws");
        RangeSet azure = RangeSets.read(Vendor.AZURE, new ByteArrayInputStream(azureFile), "azure");
        lookup = RangeLookup.of(aws, azure);
        texts = SyntheticRanges.addresses(List.of(aws, azure), 1024, 3);
        ips = new OriginIp[texts.length];
        for (int i = 0; i < texts.length; i++) {
            ips[i] = OriginIp.of(texts[i]);
        }
    }

    /** @return the answer for one parsed address */
    @Benchmark
    public RangeAnswer lookup() {
        RangeAnswer a = lookup.lookup(ips[next]);
        next = (next + 1) & 1023;
        return a;
    }

    /** @return the same address's text parsed (the baseline of {@link #lookup}) */
    @Benchmark
    public OriginIp lookupBaseline() {
        OriginIp ip = OriginIp.of(texts[next]);
        next = (next + 1) & 1023;
        return ip;
    }

    /** @return the AWS file (10,000 EC2 prefixes and the other services' entries) loaded */
    @Benchmark
    public RangeSet loadAws() {
        return RangeSets.read(Vendor.AWS, new ByteArrayInputStream(awsFile), "aws");
    }

    /**
     * @return the same bytes as a Jackson tree
     * @throws IOException never for these bytes
     */
    @Benchmark
    public JsonNode loadAwsBaseline() throws IOException {
        return MAPPER.readTree(awsFile);
    }

    /** @return the Azure file (56,000 regional prefixes and the other tags) loaded */
    @Benchmark
    public RangeSet loadAzure() {
        return RangeSets.read(Vendor.AZURE, new ByteArrayInputStream(azureFile), "azure");
    }

    /**
     * @return the same bytes as a Jackson tree
     * @throws IOException never for these bytes
     */
    @Benchmark
    public JsonNode loadAzureBaseline() throws IOException {
        return MAPPER.readTree(azureFile);
    }
}
