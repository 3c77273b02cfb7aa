package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Seeding in {@code @BeforeAll} is the class's seed: every test starts from it, not from empty. */
@Timeout(30)
class ClassLevelSeedTest {
    private static final List<List<String>> SEEN = new ArrayList<>();

    /** Run only through {@link SampleRunner}. */
    @ExtendWith(FakeCloudflareExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SeededInBeforeAll {
        @BeforeAll
        static void seed(FakeCloudflare fake) {
            fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, FakeTestSupport.mapping("192.0.2.1", "aws", "us-east-1", "2026-01-02T03:04:05Z"));
            fake.registerToken("registered-in-before-all");
            fake.faults().next(Fault.status(503));
        }

        @Test
        @Order(1)
        void firstChangesTheZone(FakeCloudflare fake) {
            record(fake);
            assertThat(fake.faults().pending()).as("faults are not part of the seed").isZero();
            fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, FakeTestSupport.mapping("192.0.2.2", "gcp", "us-central1"));
            fake.seed(FakeTestSupport.OTHER_ZONE, FakeTestSupport.mapping("192.0.2.3", "gcp", "us-central1"));
        }

        @Test
        @Order(2)
        void secondStartsFromTheSeedAgain(FakeCloudflare fake) {
            record(fake);
            assertThat(fake.mappings(FakeCloudflare.EXAMPLE_ZONE_ID).get(0).modifiedOn())
                    .as("the seed's timestamps are kept").isEqualTo(java.time.Instant.parse("2026-01-02T03:04:05Z"));
            assertThat(fake.mappings(FakeTestSupport.OTHER_ZONE)).isEmpty();
        }

        private static void record(FakeCloudflare fake) {
            List<String> ips = new ArrayList<>();
            for (Mapping m : fake.mappings(FakeCloudflare.EXAMPLE_ZONE_ID)) {
                ips.add(m.ip().value());
            }
            SEEN.add(ips);
        }
    }

    @Test
    void everyTestStartsFromTheBeforeAllSeed() {
        SEEN.clear();
        TestExecutionSummary summary = SampleRunner.run(SeededInBeforeAll.class);
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 5);
        assertThat(summary.getTestsSucceededCount()).as(failures.toString()).isEqualTo(2);
        assertThat(SEEN).containsExactly(List.of("192.0.2.1"), List.of("192.0.2.1"));
    }
}
