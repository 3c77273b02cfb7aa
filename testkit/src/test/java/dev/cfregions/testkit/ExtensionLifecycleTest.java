package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** Runs a sample class that uses the extension, then checks that its fake was closed with the class. */
@Timeout(30)
class ExtensionLifecycleTest {
    private static final List<FakeCloudflare> SEEN = new ArrayList<>();
    private static final List<Boolean> STARTED_EMPTY = new ArrayList<>();

    /** Run only through the launcher below (surefire skips nested classes). */
    @ExtendWith(FakeCloudflareExtension.class)
    static class SampleUsingExtension {
        @Test
        void first(FakeCloudflare fake) {
            seenAndDirtied(fake);
        }

        @Test
        void second(FakeCloudflare fake) {
            seenAndDirtied(fake);
        }

        private static void seenAndDirtied(FakeCloudflare fake) {
            SEEN.add(fake);
            STARTED_EMPTY.add(fake.mappings(FakeCloudflare.EXAMPLE_ZONE_ID).isEmpty());
            fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, FakeTestSupport.mapping("192.0.2.1", "aws", "us-east-1"));
        }
    }

    @Test
    void theFakeLivesForTheClassAndIsClosedAfterIt() {
        SEEN.clear();
        STARTED_EMPTY.clear();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(SampleUsingExtension.class)).build(), summary);
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(2);
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
        assertThat(SEEN.get(0).isClosed()).as("closed when the class finished").isTrue();
        assertThat(STARTED_EMPTY).as("each test started from a reset fake").containsExactly(true, true);
    }
}
