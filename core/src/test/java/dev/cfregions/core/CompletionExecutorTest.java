package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Async results complete on the client's completion executor, not on the transport's I/O thread. */
class CompletionExecutorTest {
    private static final String BODY = "{\"success\":true,\"errors\":[],\"messages\":[],"
            + "\"result\":{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}}";

    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-io-thread"));
    private final ExecutorService completer = Executors.newSingleThreadExecutor(r -> new Thread(r, "completer"));
    private final CountDownLatch release = new CountDownLatch(1);

    /** Answers on its own named thread, once the test has attached its stages. */
    private final HttpTransport transport = new HttpTransport() {
        @Override
        public CompletableFuture<HttpResponse> execute(HttpRequest request) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return HttpResponse.of(200, HttpHeaders.builder().add("Content-Type", "application/json").build(),
                        BODY.getBytes(StandardCharsets.UTF_8));
            }, io);
        }

        @Override
        public String name() {
            return "named-thread";
        }

        @Override
        public void close() {}
    };

    @AfterEach
    void stop() {
        io.shutdownNow();
        completer.shutdownNow();
    }

    private String threadOfDependentStage(CloudflareClient client) throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        CompletableFuture<Vendor> vendor = client.origin().cloudRegions().getAsync(GetParams.of(ZONE, "192.0.2.1"))
                .thenApply(m -> {
                    thread.set(Thread.currentThread().getName());
                    return m.vendor();
                });
        release.countDown();
        assertThat(vendor.get(5, TimeUnit.SECONDS)).isEqualTo(Vendor.AWS);
        return thread.get();
    }

    @Test
    void decodingAndDependentStagesRunOnTheCompletionExecutor() throws Exception {
        try (CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(transport)
                .completionExecutor(completer).build()) {
            assertThat(threadOfDependentStage(client)).isEqualTo("completer");
        }
    }

    @Test
    void withoutOneTheyRunOnTheTransportsThread() throws Exception {
        try (CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(transport).build()) {
            assertThat(threadOfDependentStage(client)).isEqualTo("fake-io-thread");
        }
    }

    @Test
    void anExecutorThatRefusesStillLetsTheCallEnd() throws Exception {
        completer.shutdown();
        try (CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(transport)
                .completionExecutor(completer).build()) {
            assertThat(threadOfDependentStage(client)).isEqualTo("fake-io-thread");
        }
    }
}
