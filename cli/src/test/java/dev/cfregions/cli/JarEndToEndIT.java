package dev.cfregions.cli;

import static dev.cfregions.cli.FakeZone.TOKEN;
import static dev.cfregions.cli.FakeZone.ZONE;
import static dev.cfregions.cli.FakeZone.args;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shaded jar against the loopback fake in this JVM: each transport the jar carries, both
 * families, the request counts the fake's journal sees, faults, and the prompt under a real
 * pseudo-terminal.
 */
class JarEndToEndIT {
    private static FakeCloudflare fake;

    @BeforeAll
    static void start() {
        fake = FakeZone.start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
        fake.registerToken(TOKEN);
    }

    private static Jar jar() {
        return Jar.withToken(TOKEN);
    }

    @ParameterizedTest
    @CsvSource({"okhttp,v1", "okhttp,v2", "apache,v1", "apache,v2", "netty,v1", "netty,v2"})
    void everySingleCommandOverEachTransport(String transport, String family) {
        Cli.Result set = jar().run(args(fake, family, "set", "192.0.2.1", "aws", "us-east-1", "--transport", transport));
        assertThat(set.exitCode()).as(set.toString()).isZero();
        Cli.Result get = jar().run(args(fake, family, "get", "192.0.2.1", "--transport", transport, "--output", "csv"));
        assertThat(get.out()).as(get.toString()).isEqualTo("ip,vendor,region\n192.0.2.1,aws,us-east-1\n");
        Cli.Result list = jar().run(args(fake, family, "list", "--transport", transport, "--output", "csv"));
        assertThat(list.out()).as(list.toString()).isEqualTo("ip,vendor,region\n192.0.2.1,aws,us-east-1\n");
        Path desired = Jar.tempFile("desired.csv", "192.0.2.1,aws,us-east-1\n192.0.2.2,gcp,us-central1\n");
        Cli.Result plan = jar().run(args(fake, family, "plan", "--file", desired.toString(), "--transport", transport,
                "--detailed-exitcode", "--output", "json"));
        assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(ExitCode.CHANGES_PENDING);
        assertThat(plan.out()).startsWith("{\"created\":1,\"updated\":0,\"deleted\":0,\"unchanged\":1,");
        Cli.Result sync = jar().run(args(fake, family, "sync", "--file", desired.toString(), "--transport", transport));
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        Cli.Result export = jar().run(args(fake, family, "export", "--transport", transport));
        assertThat(export.out()).isEqualTo("ip,vendor,region\n192.0.2.1,aws,us-east-1\n192.0.2.2,gcp,us-central1\n");
        Cli.Result regions = jar().run(args(fake, family, "supported-regions", "--transport", transport, "--output", "csv"));
        assertThat(regions.out()).contains("aws,us-east-1,");
        Cli.Result delete = jar().run(args(fake, family, "delete", "192.0.2.1", "--transport", transport));
        assertThat(delete.out()).isEqualTo("deleted 192.0.2.1\n");
        Cli.Result missing = jar().run(args(fake, family, "delete", "192.0.2.1", "--transport", transport));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.API_FAILURE);
        assertThat(missing.err()).contains("HTTP 404");
        // every request went through the transport that was asked for, which names itself in the User-Agent
        assertThat(fake.journal().all()).allSatisfy(r -> assertThat(r.headers().firstValue("User-Agent")).hasValueSatisfying(
                ua -> assertThat(ua).startsWith("cfregions-cli/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void syncingAFullZoneTakesThirtyFiveWritesThenNoneAndAnExportTakesNone(String family) throws Exception {
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(0, 3500)));
        Cli.Result first = jar().run(args(fake, family, "sync", "--file", file.toString(), "--output", "json"));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(writes()).isEqualTo(35);
        assertThat(first.out()).contains("\"created\":3500", "\"write_requests\":35");
        assertThat(fake.mappings(ZONE)).hasSize(3500);

        fake.journal().clear();
        Cli.Result second = jar().run(args(fake, family, "sync", "--file", file.toString(), "--output", "json"));
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("\"unchanged\":3500", "\"write_requests\":0");
        assertThat(writes()).isZero();

        Path export = file.resolveSibling("export.json");
        assertThat(jar().run(args(fake, family, "export", "--out", export.toString())).exitCode()).isZero();
        fake.journal().clear();
        Cli.Result fromExport = jar().run(args(fake, family, "sync", "--file", export.toString(), "--prune", "--output", "json"));
        assertThat(fromExport.exitCode()).as(fromExport.toString()).isZero();
        assertThat(fromExport.out()).contains("\"write_requests\":0");
        assertThat(writes()).isZero();
    }

    @Test
    void twentyPercentRandomFaultsOverTenSeedsConvergeAndTheReportIsTrue() {
        for (long seed = 1; seed <= 10; seed++) {
            reset();
            fake.seed(ZONE, FakeZone.many(0, 300));
            List<Mapping> wanted = new ArrayList<>(FakeZone.many(50, 150));                       // 0-49 deleted, 50-199 unchanged
            for (Mapping m : FakeZone.many(200, 100)) {
                wanted.add(Mapping.of(m.ip(), Vendor.GCP, "us-central1"));                       // 100 updated
            }
            wanted.addAll(FakeZone.many(1000, 150));                                             // 150 created
            Path file = Jar.tempFile("desired.csv", FakeZone.csv(wanted));
            fake.faults().random(seed, 0.2, Fault.status(502), Fault.status(503), Fault.rateLimited(Duration.ofSeconds(1)));

            Cli.Result r = jar().run(args(fake, "v2", "sync", "--file", file.toString(), "--prune", "--yes", "--output", "json"));
            fake.faults().clear();

            assertThat(r.exitCode()).as("seed %d: %s", seed, r).isZero();
            assertThat(fake.mappings(ZONE).stream().map(m -> Mapping.of(m.ip(), m.vendor(), m.region())))
                    .as("seed %d", seed).containsExactlyInAnyOrderElementsOf(wanted);
            assertThat(r.out()).as("seed %d", seed).startsWith("{\"created\":150,\"updated\":100,\"deleted\":50,\"unchanged\":150,"
                    + "\"failed\":[]");
        }
    }

    @Test
    void atARealTerminalTheSyncAsksBeforeDeleting() throws Exception {
        fake.seed(ZONE, FakeZone.many(0, 3));
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(1, 2)));
        String command = String.join(" ", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhttp.nonProxyHosts='localhost|127.*|[::1]'", "-jar", Jar.JAR.toString(),
                String.join(" ", args(fake, "v2", "sync", "--file", file.toString(), "--prune"))));
        Path transcript = Files.createTempFile("cfregions-pty", ".txt");
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", command, transcript.toString());
        pb.environment().put("CLOUDFLARE_API_TOKEN", TOKEN);
        Process p = pb.redirectErrorStream(true).start();
        p.getOutputStream().write("y\n".getBytes());
        p.getOutputStream().flush();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String seen = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(seen).isZero();
        assertThat(seen).contains("  - 10.0.0.0", "Delete 1 mapping? [y/N]");
        assertThat(fake.mappings(ZONE)).hasSize(2);
    }

    private static int writes() {
        return (int) fake.journal().all().stream().filter(r -> !r.method().equals("GET")).count();
    }
}
