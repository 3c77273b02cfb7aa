package dev.cfregions.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Clients over a {@link RecordingTransport}, with a clock and sleeper the test controls. */
final class TestClients {
    static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
    static final String TOKEN = "tok-Sup3rSecret-9f8e7d";
    static final String BASE = "https://api.cloudflare.com/client/v4";
    static final String ROOT = BASE + "/zones/" + ZONE + "/cache/origin_cloud_regions";
    static final String V2_ROOT = BASE + "/zones/" + ZONE + "/origin/cloud_regions";

    private TestClients() {}

    /** A clock that only moves when told to (the sleeper moves it by each delay). */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");

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
            return now;
        }
    }

    /** Records each delay, advances the clock by it, and returns at once. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> delays = new ArrayList<>();
        private final ManualClock clock;

        RecordingSleeper(ManualClock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized CompletableFuture<Void> sleep(Duration delay) {
            delays.add(delay);
            clock.now = clock.now.plus(delay);
            return CompletableFuture.completedFuture(null);
        }
    }

    static CloudflareClient.Builder builder(RecordingTransport transport, ManualClock clock, RecordingSleeper sleeper) {
        return CloudflareClient.builder().apiToken(TOKEN).transport(transport).clock(clock).sleeper(sleeper)
                .jitterSource(() -> 0.0);
    }
}
