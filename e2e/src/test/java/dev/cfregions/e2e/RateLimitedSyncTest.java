package dev.cfregions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.Sleeper;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.store.MappingStores;
import dev.cfregions.testkit.FakeCloudflare;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A multi-zone sync loop under an account rate limit, on one manual clock shared by the fake and
 * the client (whose sleeper moves it): with the client's limiter the loop never meets a 429;
 * without it, the same loop does.
 */
class RateLimitedSyncTest {
    private static final String TOKEN = "limited-token";
    private static final String[] ZONES = {"023e105f4ecef8ad9ca31a8372d0c353", "0123456789abcdef0123456789abcdef",
        "fedcba9876543210fedcba9876543210"};

    /** A clock that moves only when the client's sleeper waits. */
    private static final class SharedClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T12:00:00Z"));

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private static DesiredSet desired() {
        List<Mapping> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            out.add(Mapping.of(OriginIp.of("10.1." + (i >> 8) + "." + (i & 0xff)), Vendor.AWS, "us-east-1"));
        }
        return DesiredSet.of(out);
    }

    /** Syncs the three zones in a loop; returns the reports. */
    private static List<SyncReport> syncAll(FakeCloudflare fake, SharedClock clock, boolean clientLimiter) {
        Sleeper advancing = d -> {
            clock.now.updateAndGet(t -> t.plus(d));
            return CompletableFuture.completedFuture(null);
        };
        CloudflareClient.Builder b = CloudflareClient.builder().apiToken(TOKEN).baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL)
                .transport(fake.transport()).clock(clock).sleeper(advancing).retryPolicy(RetryPolicy.none());
        if (clientLimiter) {
            b.rateLimit(18, Duration.ofMinutes(1)); // a little under the account's 20, for the fake's whole seconds
        }
        List<SyncReport> reports = new ArrayList<>();
        try (CloudflareClient client = b.build()) {
            for (String zone : ZONES) {
                reports.add(Applier.builder(MappingStores.of(client, zone)).maxRounds(1).build()
                        .sync(desired(), PlanOptions.fullOwnership()));
            }
        }
        return reports;
    }

    private static FakeCloudflare limitedFake(SharedClock clock) {
        FakeCloudflare fake = FakeCloudflare.create();
        fake.registerToken(TOKEN);
        fake.setClock(clock);
        fake.setRateLimit(20, Duration.ofMinutes(1));
        return fake;
    }

    @Test
    void withTheLimiterALoopOverZonesNeverMeetsA429() {
        SharedClock clock = new SharedClock();
        Instant start = clock.instant();
        try (FakeCloudflare fake = limitedFake(clock)) {
            List<SyncReport> reports = syncAll(fake, clock, true);
            int requests = 0;
            for (SyncReport r : reports) {
                assertThat(r.failed()).as(r.toString()).isEmpty();
                assertThat(r.created()).hasSize(1000);
                requests += r.requests();
            }
            // every request the fake saw is one the reports counted: no 429 was answered and retried
            assertThat(fake.journal().all()).hasSize(requests).hasSize(3 * 11);
            for (String zone : ZONES) {
                assertThat(fake.mappings(zone)).hasSize(1000);
            }
            // 33 requests at 18 a minute: the loop waited, on the shared clock, rather than being refused
            assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        }
    }

    @Test
    void withoutItTheSameLoopIsRefused() {
        SharedClock clock = new SharedClock();
        try (FakeCloudflare fake = limitedFake(clock)) {
            // the second zone's last batches meet 429s, and the third zone cannot even be read
            assertThatThrownBy(() -> syncAll(fake, clock, false)).isInstanceOf(RateLimitException.class);
            assertThat(fake.mappings(ZONES[1])).hasSizeLessThan(1000);
            assertThat(fake.mappings(ZONES[2])).isEmpty();
        }
    }
}
