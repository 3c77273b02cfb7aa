package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Fault.ThrottledBody}: the real answer, its body at a given rate. Bodies are a few
 * hundred bytes at a few thousand bytes a second, so each test takes a fraction of a second.
 */
@Timeout(30)
class ThrottledBodyTest extends SharedFakeTest {
    /** Eight mappings: a v1 list body of about 1.2 KB. */
    @BeforeEach
    void seed() {
        List<dev.cfregions.core.model.Mapping> mappings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mappings.add(FakeTestSupport.mapping(FakeTestSupport.ip(i), "aws", "us-east-1"));
        }
        fake.seed(ZONE, mappings);
    }

    @BothFaces
    void theRealAnswerArrivesWhole(Face face) throws Exception {
        String unthrottled;
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            unthrottled = w.get(V1).body();
            fake.faults().next(1, "GET", "**", Fault.throttledBody(40_000));
            Face.Resp slow = w.get(V1);
            assertThat(slow.status()).isEqualTo(200);
            assertThat(slow.body()).isEqualTo(unthrottled);
            assertThat(fake.journal().all().get(1).status()).isEqualTo(200);
        }
    }

    @Test
    void inProcessTheAnswerCompletesWhenTheBodyWouldHaveArrived() throws Exception {
        int size = body().length;
        long rate = size * 4L; // a quarter of a second
        fake.faults().next(Fault.throttledBody(rate));
        try (HttpTransport t = fake.transport()) {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse> f = t.execute(get(Duration.ofSeconds(5)));
            assertThat(f).as("execute does not wait").isNotDone();
            HttpResponse r = f.get(5, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.body()).hasSize(size);
            assertThat(ms).isBetween(240L, 2_000L);
        }
    }

    @Test
    void inProcessABodySlowerThanTheTimeoutTimesOutAtTheTimeout() throws Exception {
        fake.faults().next(Fault.throttledBody(10)); // two minutes for the body
        try (HttpTransport t = fake.transport()) {
            long start = System.nanoTime();
            Throwable e = catchThrowable(() -> t.execute(get(Duration.ofMillis(200))).get(5, TimeUnit.SECONDS));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(e).hasCauseInstanceOf(TransportTimeoutException.class);
            assertThat(((TransportTimeoutException) e.getCause()).timeout()).isEqualTo(Duration.ofMillis(200));
            assertThat(ms).isBetween(190L, 2_000L);
        }
    }

    @Test
    void loopbackSendsTheHeadersAtOnceAndTheBodyAtTheRate() throws Exception {
        int size = body().length;
        long rate = size * 3L; // a third of a second
        fake.faults().next(Fault.throttledBody(rate));
        String base = fake.start().baseUrl();
        long start = System.nanoTime();
        java.net.http.HttpResponse<InputStream> r = Face.HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create(base + V1))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(5)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        long headersMs = (System.nanoTime() - start) / 1_000_000;
        List<Long> arrivals = new ArrayList<>();
        byte[] all;
        try (InputStream in = r.body()) {
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                got.write(buf, 0, n);
                arrivals.add((System.nanoTime() - start) / 1_000_000);
            }
            all = got.toByteArray();
        }
        long bodyMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(size);
        assertThat(new String(all, StandardCharsets.UTF_8)).isEqualTo(new String(body(), StandardCharsets.UTF_8));
        assertThat(bodyMs).as("the body at the rate").isBetween(320L, 3_000L);
        assertThat(bodyMs - headersMs).as("the headers came at once, the body over a third of a second").isGreaterThanOrEqualTo(250L);
        assertThat(arrivals.size()).as("in several chunks").isGreaterThan(5);
    }

    @Test
    void loopbackHoldsNoThreadPerThrottledBody() throws Exception {
        int slow = 10; // more than the server's 8 workers: a worker held per slow body would starve the next request
        fake.faults().next(slow, "GET", "/zones/*/cache/origin_cloud_regions", Fault.throttledBody(1_500)); // ~0.8 s each
        String base = fake.start().baseUrl();
        List<CompletableFuture<java.net.http.HttpResponse<String>>> throttled = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            throttled.add(Face.HTTP.sendAsync(java.net.http.HttpRequest.newBuilder(URI.create(base + V1))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(5)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fake.journal().all().size() < slow && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        try (Face.Wire other = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            assertThat(other.get(V1 + "/" + FakeTestSupport.ip(0)).status()).isEqualTo(200);
        }
        assertThat(throttled).as("another request was answered while every slow body was still coming")
                .allMatch(f -> !f.isDone());
        for (CompletableFuture<java.net.http.HttpResponse<String>> f : throttled) {
            assertThat(f.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        try (Face.Wire again = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            assertThat(again.get(V1).status()).as("kept-alive connections are usable after").isEqualTo(200);
        }
    }

    @BothFaces
    void theWriteLandsAtOnce(Face face) throws Exception {
        fake.faults().next(Fault.throttledBody(500)); // about half a second for the v1 DELETE's answer
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            CompletableFuture<Face.Resp> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return w.send("DELETE", V1 + "/" + FakeTestSupport.ip(0), null);
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (fake.mappings(ZONE).size() == 8 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(fake.mappings(ZONE)).as("deleted before the answer is through").hasSize(7);
            assertThat(answer).isNotDone();
            assertThat(answer.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    @Test
    void overTheControlApiAndItsParametersChecked() throws Exception {
        assertThatThrownBy(() -> Fault.throttledBody(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ThrottledBody bytesPerSecond must be positive, got 0");
        assertThatThrownBy(() -> Fault.applyThenFail(Fault.throttledBody(5))).isInstanceOf(IllegalArgumentException.class);
        try (Face.Wire w = Face.IN_PROCESS.wire(fake).bearer(TOKEN)) {
            Face.Resp missing = w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"throttled_body\"}}");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().get("error").toString()).isEqualTo("\"fault.bytes_per_second\" is missing");
            Face.Resp negative = w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"throttled_body\",\"bytes_per_second\":-1}}");
            assertThat(negative.status()).isEqualTo(400);
            assertThat(negative.json().get("error").toString()).contains("bytesPerSecond must be positive, got -1");
            assertThat(fake.faults().pending()).isZero();

            assertThat(w.send("POST", "/__fake/faults", "{\"fault\":{\"type\":\"throttled_body\",\"bytes_per_second\":4000}}").status())
                    .isEqualTo(200);
            long start = System.nanoTime();
            Face.Resp slow = w.get(V1);
            assertThat(slow.status()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(slow.body().getBytes(StandardCharsets.UTF_8).length * 1000L / 4000 - 10);
        }
    }

    private static byte[] body() throws Exception {
        try (HttpTransport t = fake.transport()) {
            return t.execute(get(Duration.ofSeconds(5))).get(5, TimeUnit.SECONDS).body();
        }
    }

    private static HttpRequest get(Duration timeout) {
        return HttpRequest.builder().method("GET").uri(URI.create(FakeCloudflare.IN_PROCESS_BASE_URL + V1))
                .headers(HttpHeaders.builder().add("Authorization", "Bearer " + TOKEN).build()).timeout(timeout).build();
    }
}
