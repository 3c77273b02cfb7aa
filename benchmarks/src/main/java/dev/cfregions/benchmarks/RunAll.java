package dev.cfregions.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with one set of settings and writes {@code RESULTS.md}: each figure with
 * its error, the bytes it allocates per operation, and its ratio to the baseline of its class
 * measured in the same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--out benchmarks/RESULTS.md] [--include REGEX] [--quick]
 * </pre>
 *
 * {@code --quick} (1 × 1 s warm-up, 1 × 1 s measurement) only checks that everything runs; its
 * numbers mean nothing.
 */
public final class RunAll {
    /**
     * Each benchmark class and the method its ratios are taken against. A class whose entry is
     * {@value #PAIRED} pairs every method {@code x} with {@code xBaseline}.
     */
    static final Map<String, String> BASELINES = new LinkedHashMap<>();

    static final String PAIRED = "*Baseline";

    static {
        BASELINES.put(CanonicalizerBenchmark.class.getSimpleName(), "guava");
        BASELINES.put(DecodingBenchmark.class.getSimpleName(), PAIRED);
        BASELINES.put(RangeLookupBenchmark.class.getSimpleName(), PAIRED);
        BASELINES.put(FakeServerBenchmark.class.getSimpleName(), PAIRED);
        BASELINES.put(ClientOverheadBenchmark.class.getSimpleName(), PAIRED);
        BASELINES.put(InProcessFaceBenchmark.class.getSimpleName(), PAIRED);
        BASELINES.put(ReconciliationBenchmark.class.getSimpleName(), PAIRED);
        BASELINES.put(PlanningBenchmark.class.getSimpleName(), PAIRED);
    }

    /**
     * Classes run with their own settings instead of the global ones, each in a JMH run of its
     * own (JMH's command-line settings would override annotations). The report states them.
     */
    static final Map<String, Settings> OVERRIDES = new LinkedHashMap<>();

    // A warm-up of 0 seconds marks SingleShot settings: iterations count, one invocation each.
    static {
        // 12 combinations over the loopback fake, each fork warmed up by its own trial set-up
        // (see the class): one 2 s warm-up iteration, then 4 of 2 s, so the whole set fits 15 minutes
        OVERRIDES.put(ClientOverheadBenchmark.class.getSimpleName(), new Settings(1, 1, 2, 4, 2));
        // SingleShot runs of 3,500 writes against 20 ms latency: the baseline iteration takes ~7 s
        OVERRIDES.put(ReconciliationBenchmark.class.getSimpleName(), new Settings(1, 1, 0, 3, 0));
    }

    /** Scores multiplied by a factor in the report, labelled as extrapolated: "Class.method" to factor. */
    static final Map<String, Integer> EXTRAPOLATED = Map.of(
            ReconciliationBenchmark.class.getSimpleName() + ".applyBaseline",
            ReconciliationBenchmark.ZONE / ReconciliationBenchmark.LOOPED);

    /** Upper bound of one SingleShot iteration, for the time estimate. */
    private static final int SINGLE_SHOT_SECONDS = 8;

    /** Fork start-up and trial set-up per combination, for the time estimate. */
    private static final int PER_COMBINATION_SECONDS = 3;

    /** The baseline method of {@code method} in {@code cls}. */
    static String baselineOf(String cls, String method) {
        String baseline = BASELINES.get(cls);
        if (!PAIRED.equals(baseline)) {
            return baseline;
        }
        return method.endsWith("Baseline") ? method : method + "Baseline";
    }

    private RunAll() {}

    /**
     * @param args {@code --out FILE}, {@code --include REGEX}, {@code --quick}
     * @throws RunnerException if JMH fails
     * @throws IOException if the results cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of("benchmarks", "RESULTS.md");
        String include = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--include" -> include = args[++i];
                case "--quick" -> quick = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: [--out FILE] [--include REGEX] [--quick]");
            }
        }
        Settings global = quick ? QUICK : new Settings(1, 3, 2, 5, 2);
        List<String> includes = new ArrayList<>();
        if (include != null) {
            includes.add(include);
        } else {
            for (String name : BASELINES.keySet()) {
                includes.add(RunAll.class.getPackageName() + "." + name + "\\.");
            }
        }
        Map<String, List<BenchmarkListEntry>> byClass = new LinkedHashMap<>();
        for (BenchmarkListEntry e : BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), includes, List.of())) {
            String cls = e.getUserClassQName().substring(e.getUserClassQName().lastIndexOf('.') + 1);
            byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(e);
        }
        long estimate = 0;
        int combinations = 0;
        for (Map.Entry<String, List<BenchmarkListEntry>> e : byClass.entrySet()) {
            Settings s = settingsOf(e.getKey(), global, quick);
            for (BenchmarkListEntry b : e.getValue()) {
                int n = combinations(b);
                combinations += n;
                estimate += (long) n * s.estimateSeconds(b.getMode() == Mode.SingleShotTime);
            }
        }
        System.out.printf(Locale.ROOT, "%d benchmark combinations in %d classes; estimated run time %d min %d s%n",
                combinations, byClass.size(), estimate / 60, estimate % 60);

        long started = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkListEntry>> e : byClass.entrySet()) {
            List<String> names = new ArrayList<>();
            for (BenchmarkListEntry b : e.getValue()) {
                names.add("^" + b.getUsername().replace(".", "\\.") + "$");
            }
            if (OVERRIDES.containsKey(e.getKey()) && !quick) {
                results.addAll(run(names, OVERRIDES.get(e.getKey())));
            } else if (OVERRIDES.containsKey(e.getKey())) {
                results.addAll(run(names, QUICK));
            } else {
                shared.addAll(names);
            }
        }
        if (!shared.isEmpty()) {
            results.addAll(run(shared, global));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        Files.writeString(out, report(results, global, quick ? Map.of() : OVERRIDES, seconds), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static final Settings QUICK = new Settings(1, 1, 1, 1, 1);

    private static Settings settingsOf(String cls, Settings global, boolean quick) {
        return quick ? QUICK : OVERRIDES.getOrDefault(cls, global);
    }

    private static int combinations(BenchmarkListEntry b) {
        int n = 1;
        if (b.getParams().hasValue()) {
            for (String[] values : b.getParams().get().values()) {
                n *= values.length;
            }
        }
        return n;
    }

    private static Collection<RunResult> run(List<String> includes, Settings s) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(s.forks)
                .warmupIterations(s.warmupIterations).measurementIterations(s.measurementIterations)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        if (s.warmupSeconds > 0) {
            options.warmupTime(TimeValue.seconds(s.warmupSeconds)).measurementTime(TimeValue.seconds(s.measurementSeconds));
        }
        for (String include : includes) {
            options.include(include);
        }
        return new Runner(options.build()).run();
    }

    /** JMH's settings for the run, printed in the report. */
    record Settings(int forks, int warmupIterations, int warmupSeconds, int measurementIterations, int measurementSeconds) {
        long estimateSeconds(boolean singleShot) {
            long iterations = (long) warmupIterations + measurementIterations;
            return forks * (singleShot ? iterations * SINGLE_SHOT_SECONDS
                    : (long) warmupIterations * warmupSeconds + (long) measurementIterations * measurementSeconds) + PER_COMBINATION_SECONDS;
        }

        String describe() {
            return warmupSeconds == 0
                    ? forks + " fork, " + warmupIterations + " warm-up and " + measurementIterations + " measured single shots"
                    : forks + " fork, " + warmupIterations + " × " + warmupSeconds + " s warm-up, " + measurementIterations + " × "
                            + measurementSeconds + " s measurement";
        }
    }

    static String report(Collection<RunResult> results, Settings s, Map<String, Settings> overrides, long seconds) {
        StringBuilder b = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        b.append("# Benchmark results\n\n");
        b.append("Produced by `java -jar benchmarks/target/benchmarks.jar` (see README, Benchmarks). Do not edit by hand.\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| date | ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" |\n");
        b.append("| JDK | ").append(System.getProperty("java.vm.vendor")).append(' ').append(System.getProperty("java.vm.name"))
                .append(' ').append(System.getProperty("java.runtime.version")).append(" |\n");
        b.append("| machine | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", ").append(rt.availableProcessors()).append(" cores, ").append(memory >> 30).append(" GiB |\n");
        b.append("| JMH | 1.37, ").append(s.describe()).append(", -prof gc |\n");
        for (Map.Entry<String, Settings> o : overrides.entrySet()) {
            b.append("| JMH for ").append(o.getKey()).append(" | ").append(o.getValue().describe()).append(" (its own settings) |\n");
        }
        b.append("| run time | ").append(seconds / 60).append(" min ").append(seconds % 60).append(" s |\n\n");
        b.append("Throughput scores are operations per second (higher is better); SingleShot and average-time scores are")
                .append(" times (lower is better). Errors are JMH's 99.9 % intervals; `B/op` is `gc.alloc.rate.norm`;")
                .append(" the ratio is how many times faster than the baseline, for the same parameters: score / baseline score")
                .append(" for throughput, baseline time / time for SingleShot and average time; in brackets, the range of")
                .append(" that ratio the two errors allow (worst case to best case). A score marked \"extrapolated ×N\"")
                .append(" was measured on 1/N of the work and multiplied by N; `requests` counts the requests one operation sent.\n");

        Map<String, List<RunResult>> byClass = new LinkedHashMap<>();
        for (RunResult r : results) {
            byClass.computeIfAbsent(className(r.getParams()), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<RunResult>> e : byClass.entrySet()) {
            String baseline = BASELINES.get(e.getKey());
            b.append("\n## ").append(e.getKey()).append(" (baseline: `")
                    .append(PAIRED.equals(baseline) ? "xBaseline for each x" : baseline).append("`)\n\n");
            b.append("| parameters | benchmark | mode | score | error | unit | B/op | requests | ratio to baseline |\n");
            b.append("|---|---|---|---:|---:|---|---:|---:|---:|\n");
            for (RunResult r : e.getValue()) {
                BenchmarkParams p = r.getParams();
                Result<?> primary = r.getPrimaryResult();
                RunResult base = find(e.getValue(), baselineOf(e.getKey(), method(p)), p);
                int factor = EXTRAPOLATED.getOrDefault(e.getKey() + "." + method(p), 1);
                String ratio = "";
                if (base == r) {
                    ratio = "1.00×";
                } else if (base != null) {
                    int baseFactor = EXTRAPOLATED.getOrDefault(e.getKey() + "." + method(base.getParams()), 1);
                    Result<?> theirs = base.getPrimaryResult();
                    ratio = p.getMode() == Mode.Throughput
                            ? ratio(primary.getScore() * factor, primary.getScoreError() * factor,
                                    theirs.getScore() * baseFactor, theirs.getScoreError() * baseFactor)
                            : ratio(theirs.getScore() * baseFactor, theirs.getScoreError() * baseFactor,
                                    primary.getScore() * factor, primary.getScoreError() * factor);
                }
                Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                Result<?> requests = r.getSecondaryResults().get("requests");
                String extrapolated = factor == 1 ? "" : " (extrapolated ×" + factor + ")";
                b.append("| ").append(params(p)).append(" | `").append(method(p)).append("` | ").append(p.getMode().shortLabel()).append(" | ")
                        .append(String.format(Locale.ROOT, "%,.0f", primary.getScore() * factor)).append(extrapolated).append(" | ")
                        .append(String.format(Locale.ROOT, "± %,.0f", primary.getScoreError() * factor)).append(" | ")
                        .append(primary.getScoreUnit()).append(" | ")
                        .append(alloc == null ? "" : String.format(Locale.ROOT, "%,.0f", alloc.getScore())).append(" | ")
                        .append(requests == null ? "" : String.format(Locale.ROOT, "%,.0f", requests.getScore() / operations(p) * factor)
                                + (factor == 1 ? "" : " (extrapolated)")).append(" | ")
                        .append(ratio).append(" |\n");
            }
        }
        return b.toString();
    }

    /**
     * {@code faster / slower} with the range the two errors allow: from the worst case (numerator
     * at the low end of its interval, denominator at the high end) to the best. A range that
     * straddles a target means this run cannot say whether it is met.
     */
    static String ratio(double numerator, double numeratorError, double denominator, double denominatorError) {
        String ratio = String.format(Locale.ROOT, "%.2f×", numerator / denominator);
        if (Double.isNaN(numeratorError) || Double.isNaN(denominatorError)) {
            return ratio; // a single iteration has no error
        }
        double low = Math.max(0, numerator - numeratorError) / (denominator + denominatorError);
        double lowDenominator = denominator - denominatorError;
        String high = lowDenominator <= 0 ? "∞" : String.format(Locale.ROOT, "%.2f", (numerator + numeratorError) / lowDenominator);
        return ratio + String.format(Locale.ROOT, " (%.2f–%s)", low, high);
    }

    /**
     * The operations an event counter's total covers: JMH sums an {@code EVENTS} counter over the
     * measured iterations, and a SingleShot iteration is one batch of operations, so the total
     * of three shots is three runs' worth. For the other modes the count is left as JMH gives it.
     */
    static double operations(BenchmarkParams p) {
        return p.getMode() == Mode.SingleShotTime
                ? (double) p.getMeasurement().getCount() * p.getMeasurement().getBatchSize()
                : 1;
    }

    private static RunResult find(List<RunResult> runs, String method, BenchmarkParams like) {
        for (RunResult r : runs) {
            if (method(r.getParams()).equals(method) && params(r.getParams()).equals(params(like))) {
                return r;
            }
        }
        return null;
    }

    private static String className(BenchmarkParams p) {
        String bench = p.getBenchmark();
        String cls = bench.substring(0, bench.lastIndexOf('.'));
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static String method(BenchmarkParams p) {
        String bench = p.getBenchmark();
        return bench.substring(bench.lastIndexOf('.') + 1);
    }

    private static String params(BenchmarkParams p) {
        List<String> parts = new ArrayList<>();
        for (String key : p.getParamsKeys()) {
            parts.add(key + "=" + p.getParam(key));
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }
}
