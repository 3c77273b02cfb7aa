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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
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
        BASELINES.put(FakeServerBenchmark.class.getSimpleName(), PAIRED);
    }

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
        Settings settings = quick ? new Settings(1, 1, 1, 1, 1) : new Settings(1, 3, 2, 5, 2);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(settings.forks)
                .warmupIterations(settings.warmupIterations).warmupTime(TimeValue.seconds(settings.warmupSeconds))
                .measurementIterations(settings.measurementIterations).measurementTime(TimeValue.seconds(settings.measurementSeconds))
                .timeUnit(TimeUnit.SECONDS)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        if (include != null) {
            options.include(include);
        } else {
            for (String name : BASELINES.keySet()) {
                options.include(RunAll.class.getPackageName() + "." + name);
            }
        }
        long started = System.nanoTime();
        Collection<RunResult> results = new Runner(options.build()).run();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        Files.writeString(out, report(results, settings, seconds), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    /** JMH's settings for the run, printed in the report. */
    record Settings(int forks, int warmupIterations, int warmupSeconds, int measurementIterations, int measurementSeconds) {}

    static String report(Collection<RunResult> results, Settings s, long seconds) {
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
        b.append("| JMH | 1.37, ").append(s.forks).append(" fork, ").append(s.warmupIterations).append(" × ").append(s.warmupSeconds)
                .append(" s warm-up, ").append(s.measurementIterations).append(" × ").append(s.measurementSeconds)
                .append(" s measurement, -prof gc |\n");
        b.append("| run time | ").append(seconds / 60).append(" min ").append(seconds % 60).append(" s |\n\n");
        b.append("Scores are operations per second (higher is better) with JMH's 99.9 % error; `B/op` is")
                .append(" `gc.alloc.rate.norm`; the ratio is the score over the baseline's score for the same parameters.\n");

        Map<String, List<RunResult>> byClass = new LinkedHashMap<>();
        for (RunResult r : results) {
            byClass.computeIfAbsent(className(r.getParams()), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<RunResult>> e : byClass.entrySet()) {
            String baseline = BASELINES.get(e.getKey());
            b.append("\n## ").append(e.getKey()).append(" (baseline: `")
                    .append(PAIRED.equals(baseline) ? "xBaseline for each x" : baseline).append("`)\n\n");
            b.append("| parameters | benchmark | score | error | unit | B/op | ratio to baseline |\n");
            b.append("|---|---|---:|---:|---|---:|---:|\n");
            for (RunResult r : e.getValue()) {
                BenchmarkParams p = r.getParams();
                Result<?> primary = r.getPrimaryResult();
                RunResult base = find(e.getValue(), baselineOf(e.getKey(), method(p)), p);
                String ratio = base == null ? "" : String.format(Locale.ROOT, "%.2f×", primary.getScore() / base.getPrimaryResult().getScore());
                Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                b.append("| ").append(params(p)).append(" | `").append(method(p)).append("` | ")
                        .append(String.format(Locale.ROOT, "%,.0f", primary.getScore())).append(" | ")
                        .append(String.format(Locale.ROOT, "± %,.0f", primary.getScoreError())).append(" | ")
                        .append(primary.getScoreUnit()).append(" | ")
                        .append(alloc == null ? "" : String.format(Locale.ROOT, "%,.0f", alloc.getScore())).append(" | ")
                        .append(ratio).append(" |\n");
            }
        }
        return b.toString();
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
