package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.TestClients.ManualClock;
import dev.cfregions.core.TestClients.RecordingSleeper;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client-side rate limiter: a token bucket every call of one client shares, on a manual clock. */
class RateLimitTest {
    private static final String LIST = Examples.text("v1-list-200.json");
    private static final String RATE_LIMITED = Examples.text("common-429-971-rate-limited.json");

    private RecordingTransport transport;
    private HttpTransport timed;
    private ManualClock clock;
    /** The instant of every request the transport saw. */
    private final List<Instant> sentAt = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock = new ManualClock();
        transport = new RecordingTransport();
        timed = new HttpTransport() {
            @Override
            public CompletableFuture<HttpResponse> execute(HttpRequest request) {
                sentAt.add(clock.now);
                return transport.execute(request);
            }

            @Override
            public String name() {
                return "timed";
            }

            @Override
            public void close() {}
        };
    }

    private CloudflareClient.Builder builder(Sleeper sleeper) {
        return CloudflareClient.builder().apiToken(TestClients.TOKEN).transport(timed).clock(clock).sleeper(sleeper)
                .jitterSource(() -> 0.0);
    }

    @Test
    void offByDefault() {
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        OriginCloudRegions ocr = builder(sleeper).build().cache().originCloudRegions();
        for (int i = 0; i < 50; i++) {
            transport.respond(200, LIST);
            ocr.list(ZONE);
        }
        assertThat(sleeper.delays).isEmpty();
        assertThat(sentAt).hasSize(50).allMatch(t -> t.equals(sentAt.get(0)));
    }

    @Test
    void aBurstOfATenthGoesAtOnceAndTheRestIsSpreadOverTheWindow() {
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        // 20 per 18 s: a burst of 2, then one request per second
        OriginCloudRegions ocr = builder(sleeper).rateLimit(20, Duration.ofSeconds(18))
                .build().cache().originCloudRegions();
        for (int i = 0; i < 6; i++) {
            transport.respond(200, LIST);
            ocr.list(ZONE);
        }
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }

    @Test
    void neverMoreThanTheLimitInAnyWindowEvenAfterIdling() {
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        int limit = 30;
        Duration window = Duration.ofSeconds(60);
        OriginCloudRegions ocr = builder(sleeper).rateLimit(limit, window)
                .build().cache().originCloudRegions();
        for (int i = 0; i < 200; i++) {
            if (i % 45 == 0) {
                clock.now = clock.now.plus(Duration.ofMinutes(5)); // idle: the bucket fills up again
            }
            transport.respond(200, LIST);
            ocr.list(ZONE);
        }
        assertThat(sentAt).hasSize(200);
        for (int i = 0; i < sentAt.size(); i++) {
            Instant start = sentAt.get(i);
            Instant end = start.plus(window);
            long inWindow = sentAt.stream().filter(t -> !t.isBefore(start) && t.isBefore(end)).count();
            assertThat(inWindow).as("requests in the window from request %d", i).isLessThanOrEqualTo(limit);
        }
        // and the limiter is not needlessly slow: the waits were exactly the refill interval (60 s / 27)
        assertThat(sleeper.delays).isNotEmpty().allMatch(d -> d.compareTo(Duration.ofMillis(2223)) <= 0);
    }

    @Test
    void concurrentCallsWaitInTurnWithoutHoldingAThread() {
        List<Duration> waits = new ArrayList<>();
        List<CompletableFuture<Void>> wakeUps = new ArrayList<>();
        Sleeper manual = d -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            synchronized (waits) {
                waits.add(d);
                wakeUps.add(f);
            }
            return f;
        };
        OriginCloudRegions ocr = builder(manual).rateLimit(20, Duration.ofSeconds(18)).build().cache().originCloudRegions();
        for (int i = 0; i < 5; i++) {
            transport.respond(200, LIST);
        }
        List<CompletableFuture<ZoneSetting<List<Mapping>>>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(ocr.listAsync(dev.cfregions.core.cache.ListParams.of(ZONE)));
        }
        // the burst of two went out; the other three each wait one second longer than the one before
        assertThat(transport.requests).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
        clock.now = clock.now.plusSeconds(3);
        wakeUps.forEach(f -> f.complete(null));
        calls.forEach(CompletableFuture::join);
        assertThat(transport.requests).hasSize(5);
    }

    @Test
    void a429WithRetryAfterPausesEveryCallOfTheClient() {
        List<Duration> waits = new ArrayList<>();
        List<CompletableFuture<Void>> wakeUps = new ArrayList<>();
        Sleeper manual = d -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            waits.add(d);
            wakeUps.add(f);
            return f;
        };
        OriginCloudRegions ocr = builder(manual).retryPolicy(RetryPolicy.none()).rateLimit(1000, Duration.ofMinutes(5)).build()
                .cache().originCloudRegions();
        transport.respond(429, RATE_LIMITED, "Retry-After", "7").respond(200, LIST);
        assertThatThrownBy(() -> ocr.list(ZONE)).isInstanceOf(RateLimitException.class);

        // another call, with plenty of tokens left, still waits out the service's pause
        CompletableFuture<ZoneSetting<List<Mapping>>> other = ocr.listAsync(dev.cfregions.core.cache.ListParams.of(ZONE));
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(transport.requests).hasSize(1);
        clock.now = clock.now.plusSeconds(7);
        wakeUps.get(0).complete(null);
        assertThat(other.join().value()).isNotEmpty();
        assertThat(transport.requests).hasSize(2);
    }

    @Test
    void aPauseIsCappedAtTheWindow() {
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        OriginCloudRegions ocr = builder(sleeper).retryPolicy(RetryPolicy.none())
                .rateLimit(100, Duration.ofSeconds(30)).build().cache().originCloudRegions();
        transport.respond(429, RATE_LIMITED, "Retry-After", "86400").respond(200, LIST);
        assertThatThrownBy(() -> ocr.list(ZONE)).isInstanceOf(RateLimitException.class);
        ocr.list(ZONE);
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void cancellingAWaitingCallSendsNothing() {
        List<CompletableFuture<Void>> wakeUps = new ArrayList<>();
        Sleeper manual = d -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            wakeUps.add(f);
            return f;
        };
        OriginCloudRegions ocr = builder(manual).rateLimit(1, Duration.ofSeconds(10)).build().cache().originCloudRegions();
        transport.respond(200, LIST).respond(200, LIST);
        ocr.list(ZONE);
        CompletableFuture<ZoneSetting<List<Mapping>>> waiting = ocr.listAsync(dev.cfregions.core.cache.ListParams.of(ZONE));
        assertThat(wakeUps).hasSize(1);
        waiting.cancel(true);
        clock.now = clock.now.plusSeconds(10);
        wakeUps.get(0).complete(null);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> CloudflareClient.builder().rateLimit(0, Duration.ofMinutes(5)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> CloudflareClient.builder().rateLimit(10, Duration.ZERO))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rateLimit per");
        assertThatThrownBy(() -> CloudflareClient.builder().rateLimit(10, null))
                .isInstanceOf(ConfigurationException.class);
    }
}
