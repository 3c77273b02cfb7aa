package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cloudflare's official TypeScript SDK, unchanged, runs every scenario of its script against a
 * {@link FakeCloudflare} on loopback: {@code cloudflare@6.0.0} (the release that speaks the v1
 * family) in {@code src/test/node/scenarios.mjs}, and {@code cloudflare@7.3.0} (the v2 family,
 * installed beside it under the npm alias {@code cloudflare7}) in {@code scenarios-v2.mjs}: every
 * endpoint, the error codes and classes, the limit, authentication, pagination, and the SDK's own
 * retries. Maven installs both SDKs in {@code generate-test-resources}; this test is never skipped,
 * so a missing Node.js or SDK fails it with the fix in the message.
 */
class OfficialSdkTest {
    /** Maven runs tests in the module directory; an IDE may run them from the repository root. */
    private static final Path NODE_PROJECT = Files.isDirectory(Path.of("src", "test", "node"))
            ? Path.of("src", "test", "node")
            : Path.of("testkit", "src", "test", "node");
    private static final String OTHER_ZONE = "0123456789abcdef0123456789abcdef";
    private static final long RUN_LIMIT_SECONDS = 180;
    private static final Pattern DECLARATION = Pattern.compile("^scenario\\('((?:[^'\\\\]|\\\\.)*)'", Pattern.MULTILINE);
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    /**
     * One SDK release and its scenario script.
     *
     * @param script the script in {@link #NODE_PROJECT}
     * @param packageDir the SDK's folder under {@code node_modules} (an npm alias for 7.3.0)
     * @param version the version that folder must hold
     * @param minScenarios the script holds at least this many scenarios; fewer means scenarios were lost
     */
    private record Suite(String script, String packageDir, String version, int minScenarios) {}

    private static final Suite SDK_6 = new Suite("scenarios.mjs", "cloudflare", "6.0.0", 30);
    private static final Suite SDK_7 = new Suite("scenarios-v2.mjs", "cloudflare7", "7.3.0", 30);

    @Test
    @Timeout(value = RUN_LIMIT_SECONDS + 30, unit = TimeUnit.SECONDS)
    void theOfficialSdk600PassesEveryV1ScenarioAgainstTheFake(@TempDir Path tmp) throws Exception {
        runSuite(SDK_6, tmp);
    }

    @Test
    @Timeout(value = RUN_LIMIT_SECONDS + 30, unit = TimeUnit.SECONDS)
    void theOfficialSdk730PassesEveryV2ScenarioAgainstTheFake(@TempDir Path tmp) throws Exception {
        runSuite(SDK_7, tmp);
    }

    private static void runSuite(Suite suite, Path tmp) throws Exception {
        Path script = NODE_PROJECT.resolve(suite.script());
        assertThat(script).as("the scenario script, looked up from " + Path.of("").toAbsolutePath()).isRegularFile();
        String node = requireNode();
        requireSdk(suite);
        List<String> scenarios = declaredScenarios(script);
        assertThat(scenarios).as("scenarios declared in " + script).hasSizeGreaterThanOrEqualTo(suite.minScenarios());

        String token = "sdk-" + UUID.randomUUID();
        String otherToken = "sdk-other-" + UUID.randomUUID();
        try (FakeCloudflare fake = FakeCloudflare.builder()
                .token(token, TokenScope.allZones())
                .token(otherToken, TokenScope.zones(OTHER_ZONE))
                .build()
                .start()) {
            Run run = runScenarios(node, script, tmp, Map.of(
                    "FAKE_BASE_URL", fake.baseUrl(),
                    "FAKE_TOKEN", token,
                    "FAKE_ZONE", FakeCloudflare.EXAMPLE_ZONE_ID,
                    "FAKE_OTHER_ZONE", OTHER_ZONE,
                    "FAKE_OTHER_TOKEN", otherToken));

            String context = "node " + suite.script() + " said:\n" + run.output;
            assertThat(run.exitCode).as(context).isZero();
            Matcher summary = SUMMARY.matcher(run.output);
            assertThat(summary.find()).as(context).isTrue();
            assertThat(summary.group(0)).as(context).isEqualTo(scenarios.size() + " passed, 0 failed");
            for (String name : scenarios) {
                assertThat(run.output).as(context).contains("PASS " + name + " (");
            }
            System.out.println("Cloudflare's TypeScript SDK " + suite.version() + " against the fake, " + summary.group(0)
                    + " scenarios");
        }
    }

    private record Run(int exitCode, String output) {}

    private static Run runScenarios(String node, Path script, Path tmp, Map<String, String> fakeEnv)
            throws IOException, InterruptedException {
        Path log = tmp.resolve("scenarios.log");
        ProcessBuilder pb = new ProcessBuilder(node, script.getFileName().toString())
                .directory(NODE_PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The SDK reads credentials and its base URL from CLOUDFLARE_* variables: keep the host's out.
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDFLARE_"));
        pb.environment().putAll(fakeEnv);
        // The fake is on loopback: never through a proxy, should a future Node honour proxy variables.
        pb.environment().put("NO_PROXY", "127.0.0.1,localhost,::1");
        pb.environment().put("no_proxy", "127.0.0.1,localhost,::1");
        Process process = pb.start();
        if (!process.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("node " + script.getFileName() + " did not finish within " + RUN_LIMIT_SECONDS + " s and was stopped; output so far:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The names in {@code scenario('…', …)} declarations, in file order. */
    private static List<String> declaredScenarios(Path script) throws IOException {
        Matcher m = DECLARATION.matcher(Files.readString(script, StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return names;
    }

    private static String requireNode() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
                for (String exe : List.of("node", "node.exe")) {
                    Path candidate = Path.of(dir, exe);
                    if (Files.isExecutable(candidate)) {
                        return candidate.toString();
                    }
                }
            }
        }
        return fail("Node.js (18 or later) is not on the PATH. Install it, then run `npm install` in "
                + NODE_PROJECT.toAbsolutePath() + " (the Maven build does this in generate-test-resources).");
    }

    private static void requireSdk(Suite suite) throws IOException {
        Path manifest = NODE_PROJECT.resolve(Path.of("node_modules", suite.packageDir(), "package.json"));
        if (!Files.isRegularFile(manifest)) {
            fail("The official SDK " + suite.version() + " is not installed: run `npm install` in " + NODE_PROJECT.toAbsolutePath()
                    + " (the Maven build does this in generate-test-resources unless tests are skipped).");
        }
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        if (!Pattern.compile("\"version\"\\s*:\\s*\"" + Pattern.quote(suite.version()) + "\"").matcher(text).find()) {
            fail(manifest.toAbsolutePath() + " is not cloudflare@" + suite.version() + ": run `npm install` in "
                    + NODE_PROJECT.toAbsolutePath() + " again.");
        }
    }
}
