package dev.cfregions.benchmarks;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.TokenScope;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Question: what does the full client cost over the in-process face of the fake? A v2 {@code get}
 * through the client over {@link FakeCloudflare#transport()} versus handing the very request the
 * client built to that transport directly. The fake's handler itself (its engine) is not public
 * API, so the face's {@code execute} is the closest public entry to it: this baseline includes
 * the face's own thin adaptation, nothing else.
 *
 * <p>Each fork first makes {@value #WARM_UP_CALLS} calls of each kind, whichever it then
 * measures, so that both are measured with the same code compiled (at a few seconds of JMH
 * warm-up, the scores were still climbing).
 */
@State(Scope.Benchmark)
public class InProcessFaceBenchmark {
    /** Calls of each kind every fork makes before JMH's own warm-up. */
    static final int WARM_UP_CALLS = 20_000;

    private FakeCloudflare fake;
    private HttpTransport face;
    private CloudflareClient client;
    private GetParams get;
    private HttpRequest captured;

    /** Seeds the fake and captures the request the client sends for a get. */
    @Setup(Level.Trial)
    public void start() {
        fake = FakeCloudflare.builder().token(Seeds.TOKEN, TokenScope.allZones()).build();
        fake.seed(Seeds.ZONE, Seeds.mappings(10));
        face = fake.transport();
        AtomicReference<HttpRequest> last = new AtomicReference<>();
        HttpTransport recording = new HttpTransport() {
            @Override
            public CompletableFuture<HttpResponse> execute(HttpRequest request) {
                last.set(request);
                return face.execute(request);
            }

            @Override
            public String name() {
                return face.name();
            }

            @Override
            public void close() {}
        };
        client = CloudflareClient.builder().baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL).apiToken(Seeds.TOKEN)
                .transport(recording).build();
        get = GetParams.of(Seeds.ZONE, "10.0.0.5");
        client.origin().cloudRegions().get(get);
        captured = last.get();
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            get();
            getBaseline();
        }
        fake.journal().clear();
    }

    /** Closes the client, the face and the fake. */
    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        face.close();
        fake.close();
    }

    /** @return a v2 get through the full client over the in-process face */
    @Benchmark
    public Mapping get() {
        return client.origin().cloudRegions().get(get);
    }

    /** @return the same request handed to the in-process face directly, status checked, body read (baseline of {@link #get}) */
    @Benchmark
    public byte[] getBaseline() {
        HttpResponse r = face.execute(captured).join();
        if (r.status() != 200) {
            throw new IllegalStateException("the fake answered " + r.status());
        }
        return r.body();
    }
}
