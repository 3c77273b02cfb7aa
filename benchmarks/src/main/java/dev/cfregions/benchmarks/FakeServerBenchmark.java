package dev.cfregions.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.TokenScope;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Question: how many requests per second does the loopback fake serve, against a bare JDK HTTP
 * server whose handler returns the same bytes without any work? Both are driven by the same
 * JDK HTTP client from 16 threads over kept-alive connections; the fake's zone holds 10
 * mappings. Target: at least 0.7 of the bare server for a v2 {@code get} and {@code update}.
 *
 * <p>The bare server is made as strong as the fake's: {@code TCP_NODELAY} on its connections
 * (the JDK server sets it only when {@code sun.net.httpserver.nodelay} is true; without it the
 * body written after the head waited for the client's delayed ACK, about 40 ms a request) and
 * a pool of as many handler threads as the fake has.
 */
@State(Scope.Benchmark)
@Threads(16)
public class FakeServerBenchmark {
    static {
        // read once, when the JDK server's configuration class loads: before any server exists
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Handler threads of the bare server: the fake's own server runs its handlers on 8. */
    static final int BARE_THREADS = 8;

    private static final String PATH = "/zones/" + Seeds.ZONE + "/origin/cloud_regions/10.0.0.5";
    private static final byte[] PUT_BODY = "{\"origin_ip\":\"10.0.0.5\",\"vendor\":\"gcp\",\"region\":\"us-central1\"}"
            .getBytes(StandardCharsets.UTF_8);

    private FakeCloudflare fake;
    private HttpServer bare;
    private ExecutorService bareThreads;
    private HttpClient http;
    private HttpRequest fakeGet;
    private HttpRequest fakePut;
    private HttpRequest bareGet;
    private HttpRequest barePut;

    /**
     * Starts both servers and captures the fake's answers, which the bare server then replays.
     *
     * @throws Exception if a server cannot start
     */
    @Setup(Level.Trial)
    public void start() throws Exception {
        fake = FakeCloudflare.builder().token(Seeds.TOKEN, TokenScope.allZones()).port(0).build().start();
        fake.seed(Seeds.ZONE, Seeds.mappings(10));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(ProxySelector.of(null))
                .connectTimeout(Duration.ofSeconds(5)).build();
        fakeGet = request(fake.baseUrl() + PATH, "GET");
        fakePut = request(fake.baseUrl() + PATH, "PUT");
        byte[] getAnswer = send(fakeGet);
        byte[] putAnswer = send(fakePut);

        bareThreads = Executors.newFixedThreadPool(BARE_THREADS);
        bare = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        bare.setExecutor(bareThreads);
        bare.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = exchange.getRequestMethod().equals("PUT") ? putAnswer : getAnswer;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        bare.start();
        String bareBase = "http://127.0.0.1:" + bare.getAddress().getPort() + "/client/v4";
        bareGet = request(bareBase + PATH, "GET");
        barePut = request(bareBase + PATH, "PUT");
    }

    /** Stops both servers. */
    @TearDown(Level.Trial)
    public void stop() {
        bare.stop(0);
        bareThreads.shutdownNow();
        fake.close();
    }

    private static HttpRequest request(String url, String method) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + Seeds.TOKEN)
                .header("Content-Type", "application/json");
        return (method.equals("PUT") ? b.PUT(HttpRequest.BodyPublishers.ofByteArray(PUT_BODY)) : b.GET()).build();
    }

    private byte[] send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.statusCode());
        }
        return r.body();
    }

    /**
     * @return the body of a v2 get answered by the fake
     * @throws Exception if the request fails
     */
    @Benchmark
    public byte[] get() throws Exception {
        return send(fakeGet);
    }

    /**
     * @return the body of a v2 update answered by the fake
     * @throws Exception if the request fails
     */
    @Benchmark
    public byte[] update() throws Exception {
        return send(fakePut);
    }

    /**
     * @return the same get answered by the bare server (the baseline of {@link #get})
     * @throws Exception if the request fails
     */
    @Benchmark
    public byte[] getBaseline() throws Exception {
        return send(bareGet);
    }

    /**
     * @return the same update answered by the bare server (the baseline of {@link #update})
     * @throws Exception if the request fails
     */
    @Benchmark
    public byte[] updateBaseline() throws Exception {
        return send(barePut);
    }
}
