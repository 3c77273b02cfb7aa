package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.TestClients.ManualClock;
import dev.cfregions.core.TestClients.RecordingSleeper;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.core.spi.TransportTimeoutException.Phase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import dev.cfregions.core.cache.EditParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry decisions and exact delays, with a clock and sleeper the test controls. */
class RetryTest {
    private static final String RATE_LIMITED = Examples.text("common-429-971-rate-limited.json");
    private static final String LIST = Examples.text("v1-list-200.json");

    private RecordingTransport transport;
    private ManualClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        clock = new ManualClock();
        sleeper = new RecordingSleeper(clock);
    }

    private OriginCloudRegions ocr(RetryPolicy policy) {
        return TestClients.builder(transport, clock, sleeper).retryPolicy(policy).build().cache().originCloudRegions();
    }

    private OriginCloudRegions ocr() {
        return ocr(RetryPolicy.defaults());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void transientStatusesAreRetriedForEveryCallWithExponentialBackoff(int status) {
        transport.respond(status, "{}").respond(status, "{}").respondWithExample(200, "v1-create-200.json");
        ocr().create(create());
        assertThat(transport.requests).hasSize(3);
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void jitterShortensTheBackoffByUpToAQuarter() {
        OriginCloudRegions ocr = TestClients.builder(transport, clock, sleeper).jitterSource(() -> 0.5).build().cache().originCloudRegions();
        transport.respond(503, "{}").respond(503, "{}").respond(200, LIST);
        ocr.list(ZONE);
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(437).plusNanos(500_000), Duration.ofMillis(875));
    }

    @Test
    void attemptsAreBoundedAndTheLastErrorIsThrown() {
        transport.respond(503, "{}").respond(503, "{}").respond(503, "{\"errors\":[{\"code\":1,\"message\":\"last\"}]}");
        InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> ocr().list(ZONE));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.hasCode(1)).isTrue();
        assertThat(transport.requests).hasSize(3);
        assertThat(sleeper.delays).hasSize(2);
    }

    @Test
    void status500IsRetriedOnlyForIdempotentCalls() {
        transport.respond(500, "{}").respond(200, LIST);
        ocr().list(ZONE);
        assertThat(transport.requests).hasSize(2);

        transport.requests.clear();
        transport.respond(500, "{}");
        assertThatThrownBy(() -> ocr().create(create())).isInstanceOf(InternalServerException.class);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        transport.respondWithExample(404, "v1-get-1142.json");
        assertThatThrownBy(() -> ocr().get(GetParams.of(ZONE, "192.0.2.1"))).isInstanceOf(dev.cfregions.core.errors.NotFoundException.class);
        assertThat(transport.requests).hasSize(1);
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void connectionFailuresAreRetriedEvenForCreate() {
        transport.fail(new TransportException("connection refused")).fail(new TransportTimeoutException(Phase.CONNECT, Duration.ofSeconds(1), null))
                .respondWithExample(200, "v1-create-200.json");
        assertThat(ocr().create(create()).value().ip().value()).isEqualTo("192.0.2.1");
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void responseTimeoutsAreRetriedOnlyForIdempotentCalls() {
        transport.fail(new TransportTimeoutException(Phase.RESPONSE, Duration.ofSeconds(1), null)).respond(200, LIST);
        ocr().list(ZONE);
        assertThat(transport.requests).hasSize(2);

        transport.requests.clear();
        transport.fail(new TransportTimeoutException(Phase.RESPONSE, Duration.ofSeconds(1), null));
        assertThatThrownBy(() -> ocr().create(create())).isInstanceOf(TransportTimeoutException.class);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void oversizedResponsesAreNotRetried() {
        transport.fail(new ResponseTooLargeException(10));
        assertThatThrownBy(() -> ocr().list(ZONE)).isInstanceOf(ResponseTooLargeException.class);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        transport.respond(429, RATE_LIMITED, "Retry-After", "7").respond(200, LIST);
        ocr().list(ListParams.of(ZONE));
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterHttpDateIsMeasuredAgainstTheClock() {
        transport.respond(503, "{}", "Retry-After", "Sun, 01 Mar 2026 12:00:42 GMT").respond(200, LIST);
        ocr().list(ZONE);
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        transport.respond(429, RATE_LIMITED, "retry-after-ms", "1500.5", "Retry-After", "9").respond(200, LIST);
        ocr().list(ZONE);
        assertThat(sleeper.delays).containsExactly(Duration.ofNanos(1_500_500_000L));
    }

    @Test
    void aWaitAboveTheCapIsThrownWithTheWaitInIt() {
        transport.respond(429, RATE_LIMITED, "Retry-After", "300");
        RateLimitException e = catchThrowableOfType(RateLimitException.class,
                () -> ocr(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(60)).build()).list(ZONE));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(300));
        assertThat(e.getMessage()).contains("300000 ms");
        assertThat(transport.requests).hasSize(1);
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void theTotalDeadlineStopsRetries() {
        transport.respond(503, "{}").respond(503, "{}").respond(503, "{}");
        RetryPolicy policy = RetryPolicy.builder().maxRetries(5).totalDeadline(Duration.ofMillis(1200)).build();
        assertThatThrownBy(() -> ocr(policy).list(ZONE)).isInstanceOf(InternalServerException.class);
        // 500 ms fits in 1.2 s; 500 + 1000 would not
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(500));
        assertThat(transport.requests).hasSize(2);
        assertThat(transport.requests.get(1).timeout()).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aRetriedCreateAnswering1145SucceedsWhenTheMappingIsWhatWasAsked() {
        transport.respond(503, "{}").respondWithExample(400, "v1-create-1145.json").respondWithExample(200, "v1-get-200.json");
        ZoneSetting<Mapping> result = ocr().create(create());
        assertThat(result.value().sameTarget(Mapping.of(result.value().ip(), Vendor.AWS, "us-east-1"))).isTrue();
        assertThat(transport.requests).extracting(r -> r.method()).containsExactly("POST", "POST", "GET");
        assertThat(transport.last().uri().getRawPath()).endsWith("/origin_cloud_regions/192.0.2.1");
    }

    @Test
    void aRetriedCreateAnswering1145FailsWhenTheMappingDiffers() {
        transport.respond(503, "{}").respondWithExample(400, "v1-create-1145.json").respondWithExample(200, "v1-get-200.json");
        CreateParams other = CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AZURE).region("eastus").build();
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> ocr().create(other));
        assertThat(e.hasCode(ErrorCodes.ALREADY_EXISTS)).isTrue();
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void aRetriedCreateWhoseReadBackDropsKeepsThe1145WithTheFailureAttached() {
        TransportException dropped = new TransportException("connection reset");
        transport.respond(503, "{}").respondWithExample(400, "v1-create-1145.json")
                .fail(dropped).fail(dropped).fail(dropped); // the read-back is idempotent: retried, then given up
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> ocr().create(create()));
        assertThat(e.hasCode(ErrorCodes.ALREADY_EXISTS)).isTrue();
        assertThat(e.getSuppressed()).contains(dropped);
        assertThat(transport.requests).extracting(r -> r.method()).containsExactly("POST", "POST", "GET", "GET", "GET");
    }

    @Test
    void aRetriedCreateWhoseReadBackIsGarbageKeepsThe1145WithTheFailureAttached() {
        transport.respond(503, "{}").respondWithExample(400, "v1-create-1145.json").respond(200, "<html>oops</html>");
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> ocr().create(create()));
        assertThat(e.hasCode(ErrorCodes.ALREADY_EXISTS)).isTrue();
        assertThat(e.getSuppressed()).filteredOn(MalformedResponseException.class::isInstance).hasSize(1);
    }

    @Test
    void aFirstAttemptAnswering1145IsNotSecondGuessed() {
        transport.respondWithExample(400, "v1-create-1145.json");
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> ocr().create(create()));
        assertThat(e.hasCode(ErrorCodes.ALREADY_EXISTS)).isTrue();
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void cancellingTheFutureCancelsTheRequestInFlight() {
        transport.hang();
        CompletableFuture<ZoneSetting<List<Mapping>>> f = ocr().listAsync(ListParams.of(ZONE));
        assertThat(transport.pending).hasSize(1);
        f.cancel(true);
        assertThat(transport.pending.get(0).isCancelled()).isTrue();
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void aTransportThatNeverAnswersStillTimesOut() {
        transport.hang();
        OriginCloudRegions ocr = CloudflareClient.builder().apiToken("t").transport(transport).retryPolicy(RetryPolicy.none())
                .connectTimeout(Duration.ofMillis(10)).requestTimeout(Duration.ofMillis(10)).build().cache().originCloudRegions();
        // the guard fires at connect + request timeout + 1 s grace
        assertThatThrownBy(() -> ocr.list(ZONE)).isInstanceOf(TransportTimeoutException.class);
        assertThat(transport.pending.get(0).isCancelled()).isTrue();
    }

    @Test
    void xShouldRetryFalseIsNeverRetried() {
        transport.respond(503, "{}", "x-should-retry", "false");
        assertThatThrownBy(() -> ocr().list(ZONE)).isInstanceOf(InternalServerException.class);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void otherServerErrorsAreRetriedOnlyForIdempotentCalls() {
        transport.respond(520, "{}").respond(200, LIST);
        ocr().list(ZONE);
        assertThat(transport.requests).hasSize(2);

        transport.requests.clear();
        transport.respond(522, "{}");
        assertThatThrownBy(() -> ocr().create(create())).isInstanceOf(InternalServerException.class);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aBrokenJitterSourceOrSleeperFailsTheCallInsteadOfHangingIt() {
        transport.respond(503, "{}");
        OriginCloudRegions badJitter = TestClients.builder(transport, clock, sleeper).jitterSource(() -> 1.0).build()
                .cache().originCloudRegions();
        assertThatThrownBy(() -> badJitter.list(ZONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random");

        transport.respond(503, "{}");
        OriginCloudRegions nullSleeper = TestClients.builder(transport, clock, sleeper).sleeper(d -> null).build()
                .cache().originCloudRegions();
        assertThatThrownBy(() -> nullSleeper.list(ZONE)).isInstanceOf(IllegalStateException.class).hasMessageContaining("sleeper");

        transport.respond(503, "{}");
        OriginCloudRegions throwingSleeper = TestClients.builder(transport, clock, sleeper).sleeper(d -> {
            throw new IllegalStateException("sleeper broke");
        }).build().cache().originCloudRegions();
        assertThatThrownBy(() -> throwingSleeper.list(ZONE)).isInstanceOf(IllegalStateException.class).hasMessage("sleeper broke");
    }

    @Test
    void noAttemptIsStartedTooCloseToTheDeadline() {
        transport.respond(503, "{\"errors\":[{\"code\":7,\"message\":\"busy\"}]}");
        // 500 ms of backoff would leave 50 ms, less than an attempt is worth: the 503 itself is the answer
        RetryPolicy policy = RetryPolicy.builder().totalDeadline(Duration.ofMillis(550)).build();
        InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> ocr(policy).list(ZONE));
        assertThat(e.hasCode(7)).isTrue();
        assertThat(transport.requests).hasSize(1);
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void aTransportCompletingWithoutAResponseIsATransportFailure() {
        OriginCloudRegions ocr = CloudflareClient.builder().apiToken("t").retryPolicy(RetryPolicy.none())
                .transport(new dev.cfregions.core.spi.HttpTransport() {
                    @Override
                    public CompletableFuture<dev.cfregions.core.spi.HttpResponse> execute(dev.cfregions.core.spi.HttpRequest r) {
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public String name() {
                        return "broken";
                    }

                    @Override
                    public void close() {}
                }).build().cache().originCloudRegions();
        assertThatThrownBy(() -> ocr.list(ZONE)).isInstanceOf(TransportException.class).hasMessageContaining("broken");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aForeignUncheckedExceptionFromTheTransportIsWrappedAndNotRetried(boolean synchronously) {
        RuntimeException[] foreign = {new NullPointerException("bug in transport"), new IllegalStateException("pool shut down")};
        for (RuntimeException e : foreign) {
            transport.requests.clear();
            if (synchronously) {
                transport.throwOnExecute(e);
            } else {
                transport.fail(e);
            }
            TransportException t = catchThrowableOfType(TransportException.class, () -> ocr().list(ZONE));
            assertThat(t).hasCause(e).hasMessageContaining("recording");
            assertThat(transport.requests).hasSize(1);
        }
    }

    @Test
    void withDebugLoggingOnACancelStillReachesTheTransport() {
        java.util.logging.Logger http = java.util.logging.Logger.getLogger("dev.cfregions.http");
        java.util.logging.Level before = http.getLevel();
        http.setLevel(java.util.logging.Level.ALL);
        try {
            transport.hang();
            CompletableFuture<ZoneSetting<List<Mapping>>> f = ocr().listAsync(ListParams.of(ZONE));
            f.cancel(true);
            assertThat(transport.pending.get(0).isCancelled()).isTrue();
        } finally {
            http.setLevel(before);
        }
    }

    private static CreateParams create() {
        return CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build();
    }

    /** One total deadline per user call, shared by every request that call sends. */
    @Nested
    class TotalDeadline {
        private final RetryPolicy within800Ms = RetryPolicy.builder().totalDeadline(Duration.ofMillis(800)).build();

        private OriginCloudRegions ocrWithin800Ms(boolean validateRegions) {
            return TestClients.builder(transport, clock, sleeper).retryPolicy(within800Ms).validateRegions(validateRegions)
                    .build().cache().originCloudRegions();
        }

        private Runnable elapse(long millis) {
            return () -> clock.now = clock.now.plusMillis(millis);
        }

        @Test
        void theWriteAfterTheRegionCheckGetsOnlyWhatIsLeft() {
            transport.respondWithExample(200, "v1-supported-regions-200.json").after(elapse(500))
                    .respondWithExample(200, "v1-edit-200.json");
            ocrWithin800Ms(true).edit(edit());
            assertThat(transport.requests).hasSize(2);
            assertThat(transport.requests.get(0).timeout()).isEqualTo(Duration.ofMillis(800));
            assertThat(transport.requests.get(1).timeout()).isEqualTo(Duration.ofMillis(300));
        }

        @Test
        void nothingIsSentOnceTheDeadlineHasPassed() {
            transport.respondWithExample(200, "v1-supported-regions-200.json").after(elapse(800))
                    .respondWithExample(200, "v1-edit-200.json");
            TransportTimeoutException e = catchThrowableOfType(TransportTimeoutException.class, () -> ocrWithin800Ms(true).edit(edit()));
            assertThat(e.phase()).isEqualTo(TransportTimeoutException.Phase.CONNECT);
            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(800));
            assertThat(e.getMessage()).contains("total deadline of 800 ms").contains("PATCH");
            assertThat(transport.requests).extracting(r -> r.method()).containsExactly("GET");
        }

        @Test
        void theReadBackAfterARetriedCreateSharesTheDeadline() {
            // 503 after 100 ms, 500 ms backoff, then 1145 after 100 ms: 100 ms left for the read-back
            transport.respond(503, "{}").after(elapse(100)).respondWithExample(400, "v1-create-1145.json").after(elapse(100))
                    .respondWithExample(200, "v1-get-200.json");
            OriginCloudRegions ocr = ocrWithin800Ms(false);
            ocr.create(create());
            assertThat(sleeper.delays).containsExactly(Duration.ofMillis(500));
            assertThat(transport.requests).extracting(r -> r.method()).containsExactly("POST", "POST", "GET");
            assertThat(transport.requests.get(2).timeout()).isEqualTo(Duration.ofMillis(100));
        }

        @Test
        void eachUserCallHasItsOwnDeadline() {
            transport.respondWithExample(200, "v1-edit-200.json").after(elapse(700)).respondWithExample(200, "v1-edit-200.json");
            OriginCloudRegions ocr = ocrWithin800Ms(false);
            ocr.edit(edit());
            ocr.edit(edit());
            assertThat(transport.requests.get(1).timeout()).isEqualTo(Duration.ofMillis(800));
        }

        private EditParams edit() {
            return EditParams.builder().zoneId(ZONE).ip("2001:db8::1").vendor(Vendor.GCP).region("us-central1").build();
        }
    }
}
