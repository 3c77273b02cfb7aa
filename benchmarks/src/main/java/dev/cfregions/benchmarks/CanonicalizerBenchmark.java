package dev.cfregions.benchmarks;

import com.google.common.net.InetAddresses;
import dev.cfregions.core.model.OriginIp;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Question: how fast is {@link OriginIp#of} against what people reach for, and what does it
 * allocate? Baseline: Guava's {@code InetAddresses.forString} + {@code toAddrString} (RFC 5952
 * too). The JDK's {@code InetAddress.getByName(literal).getHostAddress()} is shown for
 * reference (not RFC 5952). Each operation parses one text of a 1,024-entry corpus.
 */
@State(Scope.Thread)
public class CanonicalizerBenchmark {
    /** The corpus: IPv4, canonical IPv6, or IPv6 as people paste it. */
    @Param({"ipv4", "ipv6-canonical", "ipv6-noncanonical"})
    public String corpus;

    private String[] inputs;
    private int next;

    /** Builds the corpus once per trial. */
    @Setup
    public void setUp() {
        inputs = IpCorpus.of(corpus);
    }

    private String nextInput() {
        String s = inputs[next];
        next = (next + 1) & (IpCorpus.SIZE - 1);
        return s;
    }

    /** @return the canonical text, by cfregions */
    @Benchmark
    public String cfregions() {
        return OriginIp.of(nextInput()).value();
    }

    /** @return the canonical text, by Guava (the baseline) */
    @Benchmark
    public String guava() {
        return InetAddresses.toAddrString(InetAddresses.forString(nextInput()));
    }

    /**
     * @return the JDK's text (a literal never reaches DNS)
     * @throws UnknownHostException never for these literals
     */
    @Benchmark
    public String jdk() throws UnknownHostException {
        return InetAddress.getByName(nextInput()).getHostAddress();
    }
}
