package dev.cfregions.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs a nested sample test class through the JUnit launcher (surefire skips nested classes). */
final class SampleRunner {
    private SampleRunner() {}

    /** Runs {@code sample} with JUnit's parallel execution on, every test in {@code concurrent} mode. */
    static TestExecutionSummary runConcurrently(Class<?> sample) {
        return run(sample, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"));
    }

    /** Runs {@code sample} sequentially. */
    static TestExecutionSummary run(Class<?> sample) {
        return run(sample, Map.of());
    }

    private static TestExecutionSummary run(Class<?> sample, Map<String, String> parameters) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(sample)).configurationParameters(parameters).build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        return summary.getSummary();
    }
}
