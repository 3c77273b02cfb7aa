package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.T0;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.ip;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Building, resetting and closing a fake; its Java control surface. */
@Timeout(30)
class LifecycleTest {

    @Test
    void closeStopsTheServerAndEveryThreadAndIsIdempotent() throws Exception {
        FakeCloudflare fake = FakeTestSupport.newFake().start();
        int port = fake.port();
        HttpTransport transport = fake.transport();
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(FakeTestSupport.TOKEN)) {
            assertThat(w.get(V1).status()).isEqualTo(200);
        }
        fake.faults().next(Fault.delay(Duration.ofSeconds(20)));
        java.util.concurrent.CompletableFuture<?> held = transport.execute(get().toBuilder().timeout(Duration.ofSeconds(25)).build());
        assertThat(fakeThreads()).isNotEmpty();
        fake.close();
        Throwable failedOnClose = catchThrowable(() -> held.get(5, TimeUnit.SECONDS));
        assertThat(failedOnClose).as("a held answer fails when the fake closes").hasCauseInstanceOf(TransportException.class);
        fake.close();
        assertThat(fake.isClosed()).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!fakeThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(fakeThreads()).isEmpty();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(ConnectException.class);
        Throwable e = catchThrowable(() -> transport.execute(get()).get(5, TimeUnit.SECONDS));
        assertThat(e).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
        assertThatThrownBy(fake::transport).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(fake::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void baseUrlBeforeStartSaysToStart() {
        try (FakeCloudflare fake = FakeCloudflare.create()) {
            assertThatThrownBy(fake::baseUrl).isInstanceOf(IllegalStateException.class).hasMessageContaining("start()");
            assertThat(fake.start().start().baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/client/v4");
        }
    }

    @Test
    void resetRestoresTheBuilderState() throws Exception {
        try (FakeCloudflare fake = FakeTestSupport.newFake()) {
            fake.registerToken("runtime-token");
            fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
            fake.advanceClock(Duration.ofHours(1));
            fake.setTieredCache(ZONE, false);
            fake.faults().next(Fault.dropConnection());
            fake.reset();
            assertThat(fake.mappings(ZONE)).isEmpty();
            assertThat(fake.now()).isEqualTo(T0);
            assertThat(fake.faults().pending()).isZero();
            try (Face.Wire w = Face.IN_PROCESS.wire(fake)) {
                assertThat(w.bearer("runtime-token").get(V1).status()).isEqualTo(403);
                assertThat(w.bearer(FakeTestSupport.TOKEN).get(V1 + "/supported_regions").status()).isEqualTo(200);
            }
            assertThat(fake.journal().all()).hasSize(2);
        }
    }

    @Test
    void clockCanBeReplacedAndOnlyMovesForward() {
        try (FakeCloudflare fake = FakeTestSupport.newFake()) {
            fake.setClock(Clock.fixed(Instant.parse("2027-01-01T00:00:00.750Z"), ZoneOffset.UTC));
            assertThat(fake.now()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
            fake.advanceClock(Duration.ofSeconds(2));
            assertThat(fake.now()).isEqualTo(Instant.parse("2027-01-01T00:00:02Z"));
            assertThatThrownBy(() -> fake.advanceClock(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void seedingChecksZoneAndLimitAndKeepsGivenTimestamps() {
        try (FakeCloudflare fake = FakeTestSupport.newFake()) {
            assertThatThrownBy(() -> fake.seed("ZONE", mapping("192.0.2.1", "aws", "us-east-1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"ZONE\"");
            List<Mapping> tooMany = new ArrayList<>();
            for (int i = 0; i <= ZoneState.LIMIT; i++) {
                tooMany.add(mapping(ip(i), "aws", "us-east-1"));
            }
            assertThatThrownBy(() -> fake.seed(ZONE, tooMany)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3500");
            assertThat(fake.mappings(ZONE)).as("a refused seed adds nothing").isEmpty();
            Instant old = Instant.parse("2025-05-05T05:05:05Z");
            fake.seed(ZONE, new Mapping(dev.cfregions.core.model.OriginIp.of("192.0.2.9"), dev.cfregions.core.model.Vendor.AWS,
                    "us-east-1", old));
            assertThat(fake.mappings(ZONE).get(0).modifiedOn()).isEqualTo(old);
            assertThat(fake.zoneModifiedOn(ZONE)).isEqualTo(old);
            assertThat(fake.zones()).containsOnlyKeys(ZONE);
        }
    }

    @Test
    void credentialsAreValidatedWithoutEchoingThem() {
        try (FakeCloudflare fake = FakeCloudflare.create()) {
            Throwable e = catchThrowable(() -> fake.registerToken("secret with space"));
            assertThat(e).isInstanceOf(IllegalArgumentException.class);
            assertThat(e.getMessage()).doesNotContain("secret");
            assertThatThrownBy(() -> fake.registerApiKey("no-at-sign", "k")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TokenScope.zones("bad")).hasMessageContaining("\"bad\"");
            assertThatThrownBy(() -> FakeCloudflare.builder().v1DeleteNotFoundCode(404)).hasMessageContaining("404");
        }
    }

    @Test
    void theJournalRedactsSecrets() throws Exception {
        try (FakeCloudflare fake = FakeCloudflare.create()) {
            fake.registerApiKey("ops@example.com", "topsecretkey");
            try (Face.Wire w = Face.IN_PROCESS.wire(fake)) {
                w.send("GET", V1, null, Map.of("X-Auth-Email", "ops@example.com", "X-Auth-Key", "topsecretkey",
                        "Cookie", "session=abc"));
            }
            HttpHeaders headers = fake.journal().last().orElseThrow().headers();
            assertThat(headers.firstValue("X-Auth-Key")).contains(RequestJournal.REDACTED);
            assertThat(headers.firstValue("Cookie")).contains(RequestJournal.REDACTED);
            assertThat(headers.firstValue("X-Auth-Email")).contains("ops@example.com");
            assertThatThrownBy(() -> fake.journal().verify(2, "GET", "**")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("GET /client/v4" + V1);
        }
    }

    private static List<Thread> fakeThreads() {
        List<Thread> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("fake-cloudflare-")) {
                out.add(t);
            }
        }
        return out;
    }

    private static HttpRequest get() {
        return HttpRequest.builder().uri(URI.create(FakeCloudflare.IN_PROCESS_BASE_URL + V1)).build();
    }


    @Test
    void closingAnInProcessTransportFailsTheAnswersItHoldsBack() throws Exception {
        try (FakeCloudflare fake = FakeTestSupport.newFake()) {
            fake.faults().next(Fault.delay(Duration.ofSeconds(30)));
            HttpTransport transport = fake.transport();
            HttpRequest list = HttpRequest.builder().uri(URI.create(FakeCloudflare.IN_PROCESS_BASE_URL + V1))
                    .headers(HttpHeaders.builder().add("Authorization", "Bearer " + FakeTestSupport.TOKEN).build()).build();
            var held = transport.execute(list);
            assertThat(held).isNotDone();
            transport.close();
            Throwable failure = catchThrowable(() -> held.get(5, TimeUnit.SECONDS));
            assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
        }
    }
}
