package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a sample class in JUnit's {@code concurrent} mode (parallel execution enabled through the
 * launcher's configuration parameters, the class marked {@code @Execution(CONCURRENT)}): each of
 * its tests seeds its own mapping, lets the others run, and must see only its own.
 */
@Timeout(30)
class ExtensionParallelTest {
    private static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    /** Run only through {@link SampleRunner}. */
    @ExtendWith(FakeCloudflareExtension.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentSample {
        @Test
        void one(FakeCloudflare fake, CloudflareClient client) throws InterruptedException {
            seesOnlyItsOwn(fake, client, "192.0.2.1");
        }

        @Test
        void two(FakeCloudflare fake, CloudflareClient client) throws InterruptedException {
            seesOnlyItsOwn(fake, client, "192.0.2.2");
        }

        @Test
        void three(FakeCloudflare fake, CloudflareClient client) throws InterruptedException {
            seesOnlyItsOwn(fake, client, "192.0.2.3");
        }

        @Test
        void four(FakeCloudflare fake, CloudflareClient client) throws InterruptedException {
            seesOnlyItsOwn(fake, client, "192.0.2.4");
        }

        @Test
        void five(FakeCloudflare fake, CloudflareClient client) throws InterruptedException {
            seesOnlyItsOwn(fake, client, "192.0.2.5");
        }

        @Test
        void six(FakeCloudflare fake, CloudflareClient client) throws InterruptedException {
            seesOnlyItsOwn(fake, client, "192.0.2.6");
        }

        private static void seesOnlyItsOwn(FakeCloudflare fake, CloudflareClient client, String ip) throws InterruptedException {
            THREADS.add(Thread.currentThread().getName());
            assertThat(fake.zones()).as("starts from a reset fake").isEmpty();
            fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, FakeTestSupport.mapping(ip, "aws", "us-east-1"));
            Thread.sleep(30); // room for another test to reset or seed the same fake, were it not serialized
            assertThat(client.cache().originCloudRegions().list(FakeCloudflare.EXAMPLE_ZONE_ID).value())
                    .extracting(Mapping::ip).extracting(i -> i.value()).containsExactly(ip);
            assertThat(fake.journal().all()).as("only this test's request").hasSize(1);
        }
    }

    @Test
    void testsSharingTheFakeNeverSeeEachOthersMappings() {
        THREADS.clear();
        TestExecutionSummary summary = SampleRunner.runConcurrently(ConcurrentSample.class);
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 5);
        assertThat(summary.getTestsSucceededCount()).as(failures.toString()).isEqualTo(6);
        assertThat(THREADS).as("the sample really ran on several threads").hasSizeGreaterThan(1);
    }
}
