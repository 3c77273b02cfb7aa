package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The completion executor over every face: answers are decoded, and the caller's dependent
 * stages run, on the given executor, whichever thread the transport completes on (the
 * in-process face's caller thread, OkHttp's dispatcher, Apache's and Netty's I/O threads).
 * Without the option they run on that transport thread, which differs per transport and is
 * not asserted here.
 *
 * <p>The executor holds every task until the test has attached its stages, so that no stage
 * runs on the test thread because the future was already complete when it was attached.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Face.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CompletionExecutorEndToEndTest extends EndToEndTest {
    private static final String THREAD = "e2e-completer";

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, THREAD));
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger tasks = new AtomicInteger();
    private CloudRegions cr;

    /** Runs each task on {@value #THREAD} once the gate is open. */
    private final Executor gated = task -> pool.execute(() -> runGated(task));

    private void runGated(Runnable task) {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tasks.incrementAndGet();
        task.run();
    }

    @BeforeEach
    void completeOnTheExecutor() {
        client.close();
        client = builder(RetryPolicy.defaults(), Duration.ofSeconds(10)).completionExecutor(gated).build();
        cr = client.origin().cloudRegions();
    }

    @AfterEach
    void stopPool() {
        gate.countDown();
        pool.shutdownNow();
    }

    @Test
    void aDependentStageRunsOnTheExecutor() throws Exception {
        fake.seed(EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"));
        AtomicReference<String> thread = new AtomicReference<>();
        CompletableFuture<String> region = cr.getAsync(GetParams.of(EXAMPLE_ZONE_ID, "192.0.2.1")).thenApply(m -> {
            thread.set(Thread.currentThread().getName());
            return m.region();
        });
        gate.countDown();
        assertThat(region.get(10, TimeUnit.SECONDS)).isEqualTo("us-east-1");
        assertThat(thread.get()).isEqualTo(THREAD);
        assertThat(tasks.get()).isEqualTo(1);
    }

    @Test
    void theAnswerIsDecodedOnTheExecutor() throws Exception {
        // the decoder makes the NotFoundException: its stack shows where decoding ran
        AtomicReference<String> thread = new AtomicReference<>();
        CompletableFuture<Throwable> failure = cr.getAsync(GetParams.of(EXAMPLE_ZONE_ID, "192.0.2.9")).handle((m, e) -> {
            thread.set(Thread.currentThread().getName());
            return e;
        });
        gate.countDown();
        Throwable e = failure.get(10, TimeUnit.SECONDS);
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(thread.get()).isEqualTo(THREAD);
        assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getMethodName)).contains("runGated");
    }

    @Test
    void eachAttemptOfARetriedListIsHandledThereAndItsPagesDecodedThere() throws Exception {
        List<Mapping> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            many.add(Mapping.of(OriginIp.of("198.51." + (i / 200) + "." + (i % 200 + 1)), Vendor.GCP, "us-central1"));
        }
        fake.seed(EXAMPLE_ZONE_ID, many);
        fake.faults().next(1, "GET", "/zones/*/origin/cloud_regions", Fault.status(503));
        AtomicReference<String> thread = new AtomicReference<>();
        CompletableFuture<Integer> size = cr.listAsync(ListParams.of(EXAMPLE_ZONE_ID, 1, 100))
                .thenApply(page -> {
                    thread.set(Thread.currentThread().getName());
                    return page.mappings().size();
                });
        gate.countDown();
        assertThat(size.get(10, TimeUnit.SECONDS)).isEqualTo(100);
        assertThat(thread.get()).isEqualTo(THREAD);
        assertThat(tasks.get()).as("the 503 and the retry's answer were each handed to the executor").isEqualTo(2);
        assertThat(delays).hasSize(1);
    }
}
