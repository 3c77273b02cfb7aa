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
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Scripted and random fault injection over both faces. */
@Timeout(30)
class FaultsTest extends SharedFakeTest {
    private static final String CREATE = "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";
    private static final String CREATE_PATH = "/zones/*/cache/origin_cloud_regions";

    @BothFaces
    void scriptedStatusFaultsHitOnlyTheNextMatchingRequestsAndSkipTheHandler(Face face) throws Exception {
        fake.faults().next(2, "POST", CREATE_PATH, Fault.status(503, Map.of("Retry-After", "1", "x-should-retry", "true")));
        assertThat(fake.faults().pending()).isEqualTo(2);
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.get(V1).status()).as("GET does not match").isEqualTo(200);
            for (int i = 0; i < 2; i++) {
                Face.Resp r = w.send("POST", V1, CREATE);
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
                assertThat(r.headers().firstValue("x-should-retry")).contains("true");
                assertThat(r.json().get("success")).isEqualTo(false);
                assertThat(fake.mappings(ZONE)).as("the handler did not run").isEmpty();
            }
            assertThat(fake.faults().pending()).isZero();
            assertThat(w.send("POST", V1, CREATE).status()).isEqualTo(200);
            assertThat(fake.journal().count("POST", CREATE_PATH)).as("faulted requests are journaled").isEqualTo(3);
        }
    }

    @BothFaces
    void rateLimitedAndErrorCodeFaultsCarryCloudflareBodies(Face face) throws Exception {
        fake.faults().next(Fault.rateLimited(Duration.ofMillis(2500)))
                .next(1, "PATCH", "**/batch", Fault.error(500, 1140, "Unable to update origin_public_cloud_region setting value. Internal error."));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp limited = w.get(V1);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.errorCode(0)).isEqualTo(971);
            assertThat(limited.headers().firstValue("Retry-After")).contains("3");
            Face.Resp internal = w.send("PATCH", V1 + "/batch", "[]");
            assertThat(internal.status()).isEqualTo(500);
            assertThat(internal.errorCode(0)).isEqualTo(1140);
        }
    }

    @BothFaces
    void htmlAndNonJsonBodiesAreNotJson(Face face) throws Exception {
        fake.faults().next(Fault.htmlErrorPage(502)).next(Fault.nonJsonBody());
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp html = w.get(V1);
            assertThat(html.status()).isEqualTo(502);
            assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(html.body()).contains("cf-error-details").contains("502");
            Face.Resp text = w.send("POST", V1, CREATE);
            assertThat(text.status()).isEqualTo(200);
            assertThat(catchThrowable(text::json)).isInstanceOf(Json.JsonSyntaxException.class);
            assertThat(fake.mappings(ZONE)).isEmpty();
        }
    }

    @Test
    void inProcessDroppedConnectionAndTruncatedBodyFailWithTransportException() throws Exception {
        fake.faults().next(1, "POST", CREATE_PATH, Fault.dropConnection())
                .next(1, "POST", CREATE_PATH, Fault.truncatedBody());
        try (HttpTransport t = fake.transport()) {
            Throwable dropped = catchThrowable(() -> t.execute(request("POST", CREATE, Duration.ofSeconds(5))).get(5, TimeUnit.SECONDS));
            assertThat(dropped).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
            assertThat(fake.mappings(ZONE)).as("a dropped request is not handled").isEmpty();

            Throwable truncated = catchThrowable(() -> t.execute(request("POST", CREATE, Duration.ofSeconds(5))).get(5, TimeUnit.SECONDS));
            assertThat(truncated).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
            assertThat(fake.mappings(ZONE)).as("a truncated answer's request did land").hasSize(1);
        }
    }

    @Test
    void loopbackDroppedConnectionAndTruncatedBodyAreConnectionErrorsNotResponses() throws Exception {
        fake.faults().next(1, "POST", CREATE_PATH, Fault.dropConnection())
                .next(1, "POST", CREATE_PATH, Fault.truncatedBody());
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            assertThatThrownBy(() -> w.send("POST", V1, CREATE)).isInstanceOf(IOException.class);
            assertThat(fake.mappings(ZONE)).isEmpty();
            assertThatThrownBy(() -> w.send("POST", V1, CREATE)).isInstanceOf(IOException.class);
            assertThat(fake.mappings(ZONE)).hasSize(1);
            assertThat(w.get(V1).status()).as("the server keeps serving").isEqualTo(200);
        }
    }

    @BothFaces
    void aShortDelayHoldsTheAnswerButTheWriteLandsAtOnce(Face face) throws Exception {
        fake.faults().next(Fault.delay(Duration.ofMillis(1500)));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            long start = System.nanoTime();
            CompletableFuture<Face.Resp> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return w.send("POST", V1, CREATE);
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (fake.mappings(ZONE).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(fake.mappings(ZONE)).as("the write landed").hasSize(1);
            assertThat(answer).as("while the answer is still held").isNotDone();
            assertThat(answer.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1450);
        }
    }

    @Test
    void inProcessDelayBeyondTheTimeoutCompletesWithTransportTimeoutWithoutBlockingTheCaller() throws Exception {
        fake.faults().next(Fault.delay(Duration.ofSeconds(20)));
        try (HttpTransport t = fake.transport()) {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse> f = t.execute(request("POST", CREATE, Duration.ofMillis(1500)));
            long returnedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(returnedMs).as("execute returned without waiting").isLessThan(1000);
            assertThat(f).isNotDone();
            Throwable e = catchThrowable(() -> f.get(5, TimeUnit.SECONDS));
            long failedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(e).hasCauseInstanceOf(TransportTimeoutException.class);
            TransportTimeoutException timeout = (TransportTimeoutException) e.getCause();
            assertThat(timeout.phase()).isEqualTo(TransportTimeoutException.Phase.RESPONSE);
            assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(1500));
            assertThat(failedMs).isBetween(1450L, 10_000L);
            assertThat(fake.mappings(ZONE)).as("the slow request was still handled").hasSize(1);
        }
    }

    @Test
    void loopbackDelayBeyondTheClientTimeoutTimesOutTheClient() throws Exception {
        fake.faults().next(Fault.delay(Duration.ofSeconds(3)));
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(TOKEN)) {
            assertThatThrownBy(() -> w.exchange("GET", "/client/v4" + V1, null, Map.of("Authorization", "Bearer " + TOKEN),
                    Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @BothFaces
    void randomFaultsAreReproducibleFromTheSeed(Face face) throws Exception {
        List<Integer> first = randomRun(face, 42L);
        List<Integer> second = randomRun(face, 42L);
        assertThat(first).isEqualTo(second);
        assertThat(first).contains(200, 503);
        assertThat(first.stream().filter(s -> s == 503).count()).isBetween(3L, 27L);
        fake.faults().clear();
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.get(V1).status()).isEqualTo(200);
        }
    }

    private static List<Integer> randomRun(Face face, long seed) throws Exception {
        fake.faults().random(seed, 0.5, Fault.status(503));
        List<Integer> statuses = new ArrayList<>();
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            for (int i = 0; i < 30; i++) {
                statuses.add(w.get(V1).status());
            }
        }
        return statuses;
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
        assertThatThrownBy(() -> Fault.delay(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fault.NonJsonBody(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NonJsonBody status must be 200-599, got 0");
        assertThatThrownBy(() -> Fault.htmlErrorPage(200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HtmlErrorPage status must be 400-599, got 200");
        assertThatThrownBy(() -> new Fault.ErrorResponse(503, 1000, null, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> fake.faults().next(0, "GET", "**", Fault.dropConnection())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fake.faults().random(1, 1.5, Fault.dropConnection())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fake.faults().next(1, "GET", "**", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fault must not be null");
        assertThatThrownBy(() -> fake.faults().random(1, 0.5, Fault.dropConnection(), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("effects[1] must not be null");
        assertThat(fake.faults().pending()).isZero();
    }

    private static HttpRequest request(String method, String body, Duration timeout) {
        return HttpRequest.builder().method(method).uri(URI.create(FakeCloudflare.IN_PROCESS_BASE_URL + V1))
                .headers(HttpHeaders.builder().add("Authorization", "Bearer " + TOKEN).add("Content-Type", "application/json").build())
                .body(body.getBytes(StandardCharsets.UTF_8)).timeout(timeout).build();
    }
}
