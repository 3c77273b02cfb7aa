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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Question: what does the full client (validation, headers, retry loop, decoding into the model)
 * cost on top of the HTTP library it runs on? For each transport, a v2 {@code get} and
 * {@code update} against the loopback fake (a zone of 10 mappings) versus the same request,
 * taken from the fake's journal after one client call, sent with that library directly (same
 * method, target, headers and body; status checked, body read into a {@code byte[]}, nothing
 * decoded). Sequential (1 thread) and with 16 in flight (16 threads). Target: at least 0.9 of
 * the raw library.
 *
 * <p>One operation is one request: each invocation sends a get and then an update
 * ({@code @OperationsPerInvocation(2)}), so that the two requests share one fork. Twelve forks
 * instead of twenty-four leave the time for a warm-up long enough to mean something and for
 * iterations of 2 s within the budget of the whole set.
 *
 * <p>Why a trial warm-up of its own: client, library and the fake's server all run in this one
 * JVM, and their code takes tens of thousands of calls to be compiled; at a few hundred calls a
 * second a JMH warm-up of seconds measured the JIT (scores climbed 20x over 25 one-second
 * iterations). Each fork therefore first sends {@value #WARM_UP_ROUNDS} rounds of all four
 * requests (client get, raw get, client update, raw update) from {@value #WARM_UP_THREADS}
 * threads, the same in every fork whichever method it then measures, so a method and its
 * baseline are measured with the same code compiled and the same connections pooled.
 */
@State(Scope.Benchmark)
public class ClientOverheadBenchmark {
    private static final String IP = "10.0.0.5";
    /** Rounds of the four requests each warm-up thread sends before anything is measured. */
    static final int WARM_UP_ROUNDS = 250;
    /** Threads of the trial warm-up: as many as the widest benchmark, so every pool is as wide. */
    static final int WARM_UP_THREADS = 16;
    /** Headers the libraries set themselves (or, for the credential, the journal redacts). */
    private static final Set<String> NOT_COPIED = Set.of("host", "content-length", "connection", "transfer-encoding",
            "authorization");

    /** The transport under test, and the library its baseline uses directly. */
    @Param({"okhttp", "apache", "netty"})
    public String transport;

    private FakeCloudflare fake;
    private CloudflareClient client;
    private RawHttp raw;
    private GetParams get;
    private UpdateParams update;
    private RawHttp.Request getRequest;
    private RawHttp.Request updateRequest;

    /**
     * Starts the fake, builds the client over the named transport and the raw library, captures
     * the exact requests the client sends, and warms every path up.
     *
     * @throws Exception if a warm-up request fails
     */
    @Setup(Level.Trial)
    public void start() throws Exception {
        fake = FakeCloudflare.builder().token(Seeds.TOKEN, TokenScope.allZones()).port(0).build().start();
        fake.seed(Seeds.ZONE, Seeds.mappings(10));
        client = CloudflareClient.builder().baseUrl(fake.baseUrl()).apiToken(Seeds.TOKEN).transportName(transport).build();
        raw = RawHttp.of(transport);
        get = GetParams.of(Seeds.ZONE, IP);
        update = UpdateParams.builder().zoneId(Seeds.ZONE).ip(IP).vendor(Vendor.GCP).region("us-central1").build();

        client.origin().cloudRegions().get(get);
        getRequest = rawOf(fake.journal().last().orElseThrow());
        client.origin().cloudRegions().update(update);
        updateRequest = rawOf(fake.journal().last().orElseThrow());
        warmUp();
        fake.journal().clear();
    }

    /** The request the client sent, to be sent again by the raw library: same target, headers and body. */
    private RawHttp.Request rawOf(RecordedRequest r) {
        String base = fake.baseUrl();
        String origin = base.substring(0, base.indexOf('/', "http://".length()));
        URI uri = URI.create(origin + r.path() + (r.query() == null ? "" : "?" + r.query()));
        List<String[]> headers = new ArrayList<>();
        r.headers().forEach((name, value) -> {
            if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new String[] {name, value});
            }
        });
        headers.add(new String[] {"Authorization", "Bearer " + Seeds.TOKEN});
        byte[] body = r.body().isEmpty() ? null : r.body().getBytes(StandardCharsets.UTF_8);
        return new RawHttp.Request(r.method(), uri, List.copyOf(headers), body);
    }

    /** The same warm-up in every fork: all four requests, round after round, from every thread. */
    private void warmUp() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WARM_UP_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < WARM_UP_THREADS; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                        clientGet();
                        rawGet();
                        clientUpdate();
                        rawUpdate();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
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
        return raw.send(getRequest);
    }

    private byte[] rawUpdate() throws Exception {
        return raw.send(updateRequest);
    }

    /**
     * One v2 get and one v2 update through the full client, one request at a time.
     *
     * @param bh takes both results
     */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(2)
    public void getAndUpdate(Blackhole bh) {
        bh.consume(clientGet());
        bh.consume(clientUpdate());
    }

    /**
     * The same get and update sent with the library directly (baseline of {@link #getAndUpdate}).
     *
     * @param bh takes both bodies
     * @throws Exception if a request fails
     */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(2)
    public void getAndUpdateBaseline(Blackhole bh) throws Exception {
        bh.consume(rawGet());
        bh.consume(rawUpdate());
    }

    /**
     * A v2 get and a v2 update through the full client, from each of 16 threads.
     *
     * @param bh takes both results
     */
    @Benchmark
    @Threads(16)
    @OperationsPerInvocation(2)
    public void getAndUpdate16(Blackhole bh) {
        bh.consume(clientGet());
        bh.consume(clientUpdate());
    }

    /**
     * The same get and update sent with the library directly, from each of 16 threads (baseline
     * of {@link #getAndUpdate16}).
     *
     * @param bh takes both bodies
     * @throws Exception if a request fails
     */
    @Benchmark
    @Threads(16)
    @OperationsPerInvocation(2)
    public void getAndUpdate16Baseline(Blackhole bh) throws Exception {
        bh.consume(rawGet());
        bh.consume(rawUpdate());
    }
}
