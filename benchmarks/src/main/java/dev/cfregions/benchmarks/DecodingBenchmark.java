package dev.cfregions.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.origin.ListParams;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Question: does decoding into our model cost more than Jackson's {@code readTree} of the same
 * bytes (which builds a generic tree and checks nothing)? The client call goes through the
 * whole pipeline over a transport that answers at once, so the figure includes building the
 * request and the retry loop, not only the codec. Every entry carries {@code modified_on}.
 * Target: no slower than {@code readTree}, with fewer bytes allocated.
 */
@State(Scope.Benchmark)
public class DecodingBenchmark {
    private static final int PER_PAGE = CannedZone.PER_PAGE;
    private static final int FULL_ZONE = CannedZone.FULL_ZONE;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private byte[] v1Full;
    private byte[] v2FirstPage;
    private byte[][] v2Pages;
    private CloudflareClient client;

    /** Builds the bodies and a client over a canned transport. */
    @Setup(Level.Trial)
    public void setUp() {
        CannedZone zone = new CannedZone();
        v1Full = zone.v1Full;
        v2Pages = zone.v2Pages;
        v2FirstPage = v2Pages[0];
        client = zone.client;
    }

    /** Closes the client. */
    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
    }

    /** @return the 3,500 mappings of a v1 list, decoded */
    @Benchmark
    public List<Mapping> v1List3500() {
        return client.cache().originCloudRegions().list(Seeds.ZONE).value();
    }

    /**
     * @return the same bytes as a Jackson tree
     * @throws IOException never for these bytes
     */
    @Benchmark
    public JsonNode v1List3500Baseline() throws IOException {
        return MAPPER.readTree(v1Full);
    }

    /** @return one v2 page of 100 mappings, decoded */
    @Benchmark
    public List<Mapping> v2Page100() {
        return client.origin().cloudRegions().list(new ListParams(Seeds.ZONE, 1, PER_PAGE)).mappings();
    }

    /**
     * @return the same bytes as a Jackson tree
     * @throws IOException never for these bytes
     */
    @Benchmark
    public JsonNode v2Page100Baseline() throws IOException {
        return MAPPER.readTree(v2FirstPage);
    }

    /**
     * Every mapping of a full zone through auto-pagination: 35 pages (it stops at {@code total_pages}).
     *
     * @param bh where the mappings go
     */
    @Benchmark
    public void v2Listing35Pages(Blackhole bh) {
        for (Mapping m : client.origin().cloudRegions().listAll(Seeds.ZONE)) {
            bh.consume(m);
        }
    }

    /**
     * The same 35 pages as Jackson trees.
     *
     * @param bh where the trees go
     * @throws IOException never for these bytes
     */
    @Benchmark
    public void v2Listing35PagesBaseline(Blackhole bh) throws IOException {
        for (int p = 0; p < FULL_ZONE / PER_PAGE; p++) {
            bh.consume(MAPPER.readTree(v2Pages[p]));
        }
    }
}
