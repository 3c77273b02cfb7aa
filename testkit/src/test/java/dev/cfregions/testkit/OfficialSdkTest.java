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
 * Cloudflare's official TypeScript SDK, unchanged ({@code cloudflare@6.0.0}, the release that
 * speaks the v1 family), runs every scenario in {@code src/test/node/scenarios.mjs} against a
 * {@link FakeCloudflare} on loopback: every endpoint, the error codes and classes, the limit,
 * authentication, and the SDK's own retries. Maven installs the SDK in {@code generate-test-resources};
 * this test is never skipped, so a missing Node.js or SDK fails it with the fix in the message.
 */
class OfficialSdkTest {
    /** Maven runs tests in the module directory; an IDE may run them from the repository root. */
    private static final Path NODE_PROJECT = Files.isDirectory(Path.of("src", "test", "node"))
            ? Path.of("src", "test", "node")
            : Path.of("testkit", "src", "test", "node");
    private static final Path SCENARIOS = NODE_PROJECT.resolve("scenarios.mjs");
    private static final String SDK_VERSION = "6.0.0";
    private static final String OTHER_ZONE = "0123456789abcdef0123456789abcdef";
    private static final long RUN_LIMIT_SECONDS = 180;
    /** The suite holds at least this many scenarios; a smaller count means scenarios were lost. */
    private static final int MIN_SCENARIOS = 30;
    private static final Pattern DECLARATION = Pattern.compile("^scenario\\('((?:[^'\\\\]|\\\\.)*)'", Pattern.MULTILINE);
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    @Test
    @Timeout(value = RUN_LIMIT_SECONDS + 30, unit = TimeUnit.SECONDS)
    void theOfficialSdkPassesEveryScenarioAgainstTheFake(@TempDir Path tmp) throws Exception {
        assertThat(SCENARIOS).as("the scenario script, looked up from " + Path.of("").toAbsolutePath()).isRegularFile();
        String node = requireNode();
        requireSdk();
        List<String> scenarios = declaredScenarios();
        assertThat(scenarios).as("scenarios declared in " + SCENARIOS).hasSizeGreaterThanOrEqualTo(MIN_SCENARIOS);

        String token = "sdk-" + UUID.randomUUID();
        String otherToken = "sdk-other-" + UUID.randomUUID();
        try (FakeCloudflare fake = FakeCloudflare.builder()
                .token(token, TokenScope.allZones())
                .token(otherToken, TokenScope.zones(OTHER_ZONE))
                .build()
                .start()) {
            Run run = runScenarios(node, tmp, Map.of(
                    "FAKE_BASE_URL", fake.baseUrl(),
                    "FAKE_TOKEN", token,
                    "FAKE_ZONE", FakeCloudflare.EXAMPLE_ZONE_ID,
                    "FAKE_OTHER_ZONE", OTHER_ZONE,
                    "FAKE_OTHER_TOKEN", otherToken));

            String context = "node scenarios.mjs said:\n" + run.output;
            assertThat(run.exitCode).as(context).isZero();
            Matcher summary = SUMMARY.matcher(run.output);
            assertThat(summary.find()).as(context).isTrue();
            assertThat(summary.group(0)).as(context).isEqualTo(scenarios.size() + " passed, 0 failed");
            for (String name : scenarios) {
                assertThat(run.output).as(context).contains("PASS " + name + " (");
            }
            System.out.println("Cloudflare's TypeScript SDK 6.0.0 against the fake, " + summary.group(0) + " scenarios");
        }
    }

    private record Run(int exitCode, String output) {}

    private static Run runScenarios(String node, Path tmp, Map<String, String> fakeEnv)
            throws IOException, InterruptedException {
        Path log = tmp.resolve("scenarios.log");
        ProcessBuilder pb = new ProcessBuilder(node, SCENARIOS.getFileName().toString())
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
            fail("node scenarios.mjs did not finish within " + RUN_LIMIT_SECONDS + " s and was stopped; output so far:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The names in {@code scenario('…', …)} declarations, in file order. */
    private static List<String> declaredScenarios() throws IOException {
        Matcher m = DECLARATION.matcher(Files.readString(SCENARIOS, StandardCharsets.UTF_8));
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

    private static void requireSdk() throws IOException {
        Path manifest = NODE_PROJECT.resolve(Path.of("node_modules", "cloudflare", "package.json"));
        if (!Files.isRegularFile(manifest)) {
            fail("The official SDK is not installed: run `npm install` in " + NODE_PROJECT.toAbsolutePath()
                    + " (the Maven build does this in generate-test-resources unless tests are skipped).");
        }
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        if (!Pattern.compile("\"version\"\\s*:\\s*\"" + Pattern.quote(SDK_VERSION) + "\"").matcher(text).find()) {
            fail(manifest.toAbsolutePath() + " is not cloudflare@" + SDK_VERSION + ": run `npm install` in "
                    + NODE_PROJECT.toAbsolutePath() + " again.");
        }
    }
}
