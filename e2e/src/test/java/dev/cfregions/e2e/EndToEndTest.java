package dev.cfregions.e2e;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.Sleeper;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.testkit.FakeCloudflare;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * What every end-to-end suite shares: one loopback fake per class, reset before each test, and a
 * client over the face under test (in-process, or a real transport over loopback HTTP) whose
 * retries record their delays instead of sleeping.
 */
abstract class EndToEndTest {
    static final String TOKEN = "e2e-token";
    static FakeCloudflare fake;

    @Parameter
    Face face;

    HttpTransport transport;
    CloudflareClient client;
    final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startFake() {
        fake = FakeCloudflare.create().start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void connect() {
        fake.reset();
        fake.registerToken(TOKEN);
        transport = face.transport(fake);
        client = client(RetryPolicy.defaults(), Duration.ofSeconds(10));
    }

    @AfterEach
    void disconnect() {
        client.close();
        transport.close();
    }

    CloudflareClient client(RetryPolicy policy, Duration requestTimeout) {
        return builder(policy, requestTimeout).build();
    }

    /** The builder {@link #client} builds from, for a test that configures more (interceptors, an executor). */
    CloudflareClient.Builder builder(RetryPolicy policy, Duration requestTimeout) {
        Sleeper recording = delay -> {
            delays.add(delay);
            return CompletableFuture.completedFuture(null);
        };
        return CloudflareClient.builder().baseUrl(face.baseUrl(fake)).apiToken(TOKEN).transport(transport)
                .retryPolicy(policy).requestTimeout(requestTimeout).sleeper(recording).jitterSource(() -> 0.0);
    }
}
