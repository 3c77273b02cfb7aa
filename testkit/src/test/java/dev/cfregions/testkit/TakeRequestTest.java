package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code journal().takeRequest(...)}: the next request in arrival order, once answered, across threads. */
@Timeout(30)
class TakeRequestTest extends SharedFakeTest {
    private static final Duration LONG = Duration.ofSeconds(10);

    @BothFaces
    void takesEachRequestOnceInArrivalOrderWithItsAnswer(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            w.get(V2);
            w.get(V2 + "/192.0.2.9");
            w.send("PUT", V2 + "/2001%3Adb8%3A%3A1", "{\"origin_ip\":\"2001:db8::1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
        }
        var journal = fake.journal();
        RecordedRequest first = journal.takeRequest(LONG).orElseThrow();
        assertThat(first.path()).isEqualTo("/client/v4" + V2);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.receivedAt()).isEqualTo(FakeTestSupport.T0);
        assertThat(journal.takeRequest(LONG).orElseThrow().status()).isEqualTo(404);
        RecordedRequest put = journal.takeRequest(LONG).orElseThrow();
        assertThat(RequestPattern.builder().method("PUT").path("/zones/*/origin/cloud_regions/2001:db8::1")
                .bodyField("/vendor", ValueMatcher.equalTo("aws")).build().matches(put)).isTrue();
        assertThat(journal.takeRequest(Duration.ZERO)).as("all taken").isEmpty();
        assertThat(journal.all()).as("taking removes nothing from the journal").hasSize(3);
    }

    @BothFaces
    void aWaitingThreadGetsTheRequestAnotherThreadSends(Face face) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Future<Optional<RecordedRequest>> taken = pool.submit(() -> fake.journal().takeRequest(LONG));
            w.get(V1);
            RecordedRequest r = taken.get(LONG.toSeconds(), TimeUnit.SECONDS).orElseThrow();
            assertThat(r.path()).isEqualTo("/client/v4" + V1);
            assertThat(r.status()).as("taken once answered").isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @BothFaces
    void aDroppedConnectionIsTakenWithoutAnAnswer(Face face) throws Exception {
        fake.faults().next(Fault.dropConnection());
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            try {
                w.get(V2);
            } catch (Exception dropped) {
                // the fault: no answer
            }
        }
        RecordedRequest r = fake.journal().takeRequest(LONG).orElseThrow();
        assertThat(r.status()).isEqualTo(RecordedRequest.NO_ANSWER);
    }

    @BothFaces
    void takingByPatternLeavesTheOthersForLater(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            w.get(V2);
            w.send("DELETE", V2 + "/192.0.2.1", null);
            w.get(V1);
        }
        var journal = fake.journal();
        RequestPattern delete = RequestPattern.of("DELETE", "/zones/*/origin/cloud_regions/*");
        assertThat(journal.takeRequest(delete, LONG).orElseThrow().method()).isEqualTo("DELETE");
        assertThat(journal.takeRequest(delete, Duration.ofMillis(20))).isEmpty();
        assertThat(journal.takeRequest(LONG).orElseThrow().path()).isEqualTo("/client/v4" + V2);
        assertThat(journal.takeRequest(LONG).orElseThrow().path()).isEqualTo("/client/v4" + V1);
        assertThat(journal.takeRequest(Duration.ZERO)).isEmpty();
    }

    @Test
    void anEmptyJournalTimesOutWithEmpty() throws Exception {
        long start = System.nanoTime();
        assertThat(fake.journal().takeRequest(Duration.ofMillis(50))).isEmpty();
        assertThat(System.nanoTime() - start).as("waited the timeout").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }

    @Test
    void concurrentTakersEachGetADifferentRequest() throws Exception {
        int n = 40;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Face.Wire w = Face.IN_PROCESS.wire(fake).bearer(TOKEN)) {
            List<Future<Optional<RecordedRequest>>> takers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                takers.add(pool.submit(() -> fake.journal().takeRequest(LONG)));
            }
            for (int i = 0; i < n; i++) {
                w.get(V2 + "?page=" + (i + 1));
            }
            Set<String> seen = new HashSet<>();
            for (Future<Optional<RecordedRequest>> t : takers) {
                seen.add(t.get(LONG.toSeconds(), TimeUnit.SECONDS).orElseThrow().query());
            }
            assertThat(seen).hasSize(n);
            assertThat(fake.journal().takeRequest(Duration.ZERO)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestStillBeingAnsweredHoldsBackTheOnesAfterIt() throws Exception {
        RequestJournal journal = new RequestJournal();
        RequestJournal.Entry first = journal.record(get("/a"));
        RequestJournal.Entry second = journal.record(get("/b"));
        second.answered(200);
        second.settle();
        assertThat(journal.takeRequest(Duration.ZERO)).as("/a is not answered yet").isEmpty();
        assertThat(journal.takeRequest(RequestPattern.of("GET", "/b"), Duration.ZERO)).map(RecordedRequest::path).contains("/b");
        CompletableFuture<Optional<RecordedRequest>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return journal.takeRequest(LONG);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        first.answered(503);
        first.settle();
        assertThat(waiting.get(LONG.toSeconds(), TimeUnit.SECONDS)).map(RecordedRequest::status).contains(503);
    }

    @Test
    void clearingForgetsWhatWasTaken() throws Exception {
        RequestJournal journal = new RequestJournal();
        journal.record(get("/a")).settle();
        assertThat(journal.takeRequest(Duration.ZERO)).isPresent();
        journal.clear();
        journal.record(get("/a")).settle();
        assertThat(journal.takeRequest(Duration.ZERO)).map(RecordedRequest::path).contains("/a");
    }

    @Test
    void anInterruptedTakerStopsWaiting() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            started.countDown();
            try {
                fake.journal().takeRequest(LONG);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        t.start();
        started.await();
        t.interrupt();
        assertThat(outcome.get(LONG.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void aNegativeTimeoutIsRefused() {
        assertThatThrownBy(() -> fake.journal().takeRequest(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout must not be negative");
    }

    private static IncomingRequest get(String path) {
        return new IncomingRequest("GET", path, null, HttpHeaders.empty(), "".getBytes(StandardCharsets.UTF_8));
    }
}
