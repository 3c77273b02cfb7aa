package dev.cfregions.benchmarks;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.RecordedRequest;
import dev.cfregions.testkit.TokenScope;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Question: what does the full client (validation, headers, retry loop, decoding into the model)
 * cost on top of the HTTP library it runs on? For each transport, a v2 {@code get} and
 * {@code update} against the loopback fake (a zone of 10 mappings) versus the same request,
 * taken from the fake's journal after one client call, sent with that library directly (status
 * checked, body read into a {@code byte[]}, nothing decoded). Sequential (1 thread) and with 16
 * in flight (16 threads). Target: at least 0.9 of the raw library.
 *
 * <p>Run with lighter settings than the rest (see {@link RunAll#OVERRIDES}), so that its 24
 * combinations fit the 15-minute budget.
 */
@State(Scope.Benchmark)
public class ClientOverheadBenchmark {
    private static final String IP = "10.0.0.5";

    /** The transport under test, and the library its baseline uses directly. */
    @Param({"okhttp", "apache", "netty"})
    public String transport;

    private FakeCloudflare fake;
    private CloudflareClient client;
    private RawHttp raw;
    private GetParams get;
    private UpdateParams update;
    private URI getUri;
    private URI updateUri;
    private String updateMethod;
    private byte[] updateBody;

    /**
     * Starts the fake, builds the client over the named transport and the raw library, and
     * captures the exact requests the client sends.
     */
    @Setup(Level.Trial)
    public void start() {
        fake = FakeCloudflare.builder().token(Seeds.TOKEN, TokenScope.allZones()).port(0).build().start();
        fake.seed(Seeds.ZONE, Seeds.mappings(10));
        client = CloudflareClient.builder().baseUrl(fake.baseUrl()).apiToken(Seeds.TOKEN).transportName(transport).build();
        raw = RawHttp.of(transport);
        get = GetParams.of(Seeds.ZONE, IP);
        update = UpdateParams.builder().zoneId(Seeds.ZONE).ip(IP).vendor(Vendor.GCP).region("us-central1").build();

        client.origin().cloudRegions().get(get);
        getUri = uriOf(fake.journal().last().orElseThrow());
        client.origin().cloudRegions().update(update);
        RecordedRequest put = fake.journal().last().orElseThrow();
        updateUri = uriOf(put);
        updateMethod = put.method();
        updateBody = put.body().getBytes(StandardCharsets.UTF_8);
    }

    private URI uriOf(RecordedRequest r) {
        String base = fake.baseUrl();
        String origin = base.substring(0, base.indexOf('/', "http://".length()));
        return URI.create(origin + r.path() + (r.query() == null ? "" : "?" + r.query()));
    }

    /** Closes the client, the raw library and the fake. */
    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        raw.close();
        fake.close();
    }

    private Mapping clientGet() {
        return client.origin().cloudRegions().get(get);
    }

    private Mapping clientUpdate() {
        return client.origin().cloudRegions().update(update);
    }

    private byte[] rawGet() throws Exception {
        return raw.send("GET", getUri, null);
    }

    private byte[] rawUpdate() throws Exception {
        return raw.send(updateMethod, updateUri, updateBody);
    }

    /** @return one v2 get through the full client, one request at a time */
    @Benchmark
    @Threads(1)
    public Mapping get() {
        return clientGet();
    }

    /**
     * @return the same get sent with the library directly (baseline of {@link #get})
     * @throws Exception if it fails
     */
    @Benchmark
    @Threads(1)
    public byte[] getBaseline() throws Exception {
        return rawGet();
    }

    /** @return one v2 update through the full client, one request at a time */
    @Benchmark
    @Threads(1)
    public Mapping update() {
        return clientUpdate();
    }

    /**
     * @return the same update sent with the library directly (baseline of {@link #update})
     * @throws Exception if it fails
     */
    @Benchmark
    @Threads(1)
    public byte[] updateBaseline() throws Exception {
        return rawUpdate();
    }

    /** @return a v2 get through the full client, 16 in flight */
    @Benchmark
    @Threads(16)
    public Mapping get16() {
        return clientGet();
    }

    /**
     * @return the same get sent with the library directly, 16 in flight (baseline of {@link #get16})
     * @throws Exception if it fails
     */
    @Benchmark
    @Threads(16)
    public byte[] get16Baseline() throws Exception {
        return rawGet();
    }

    /** @return a v2 update through the full client, 16 in flight */
    @Benchmark
    @Threads(16)
    public Mapping update16() {
        return clientUpdate();
    }

    /**
     * @return the same update sent with the library directly, 16 in flight (baseline of {@link #update16})
     * @throws Exception if it fails
     */
    @Benchmark
    @Threads(16)
    public byte[] update16Baseline() throws Exception {
        return rawUpdate();
    }
}
