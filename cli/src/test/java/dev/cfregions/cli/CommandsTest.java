package dev.cfregions.cli;

import static dev.cfregions.cli.FakeZone.TOKEN;
import static dev.cfregions.cli.FakeZone.ZONE;
import static dev.cfregions.cli.FakeZone.args;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.testkit.FakeCloudflare;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every command and exit code, in-process against the loopback fake, in both families. */
class CommandsTest {
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
    }

    private static Cli cli() {
        return Cli.withToken(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void setGetListDelete(String family) {
        Cli.Result set = cli().run(args(fake, family, "set", "2001:DB8::0001", "gcp", "us-central1"));
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out()).contains("2001:db8::1", "gcp", "us-central1");
        assertThat(zone()).containsExactly(Mapping.of(OriginIp.of("2001:db8::1"), Vendor.GCP, "us-central1"));

        Cli.Result get = cli().run(args(fake, family, "get", "2001:db8:0:0::1", "--output", "csv"));
        assertThat(get.exitCode()).as(get.toString()).isZero();
        assertThat(get.out()).isEqualTo("ip,vendor,region\n2001:db8::1,gcp,us-central1\n");

        Cli.Result list = cli().run(args(fake, family, "list", "--output", "json"));
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("\"ip\" : \"2001:db8::1\"", "\"region\" : \"us-central1\"");

        Cli.Result delete = cli().run(args(fake, family, "delete", "2001:db8::1"));
        assertThat(delete.exitCode()).as(delete.toString()).isZero();
        assertThat(delete.out()).isEqualTo("deleted 2001:db8::1\n");
        assertThat(zone()).isEmpty();

        Cli.Result missing = cli().run(args(fake, family, "get", "2001:db8::1"));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.API_FAILURE);
        assertThat(missing.err()).contains("HTTP 404", "1142");
        assertThat(missing.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void listTableNamesEveryMapping(String family) {
        fake.seed(ZONE, FakeZone.many(0, 250));
        Cli.Result r = cli().run(args(fake, family, "list"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("IP").contains("10.0.0.0", "10.0.0.249").endsWith("250 mappings\n");
    }

    @Test
    void badInputIsBadUsageAndNothingIsSent() {
        int before = fake.journal().all().size();
        Cli.Result ip = cli().run(args(fake, "v2", "set", "192.168.000.001", "aws", "us-east-1"));
        assertThat(ip.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ip.err()).contains("192.168.000.001", "leading zero");
        Cli.Result vendor = cli().run(args(fake, "v2", "set", "192.0.2.1", "AWS", "us-east-1"));
        assertThat(vendor.exitCode()).as(vendor.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(vendor.err()).contains("AWS");
        Cli.Result family = cli().run(args(fake, "v3", "list"));
        assertThat(family.exitCode()).isEqualTo(ExitCode.USAGE);
        // the library's bound on retries, not one of the CLI's own
        Cli.Result retries = cli().run(args(fake, "v2", "list", "--max-retries", "21"));
        assertThat(retries.exitCode()).as(retries.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(retries.err()).contains("--max-retries", "0 and 20", "21");
        assertThat(fake.journal().all().size()).isEqualTo(before);
        assertThat(cli().run(args(fake, "v2", "list", "--max-retries", "20")).exitCode()).isZero();
    }

    @Test
    void credentialsComeFromTheEnvironmentOnly() {
        Cli.Result none = new Cli().run(args(fake, "v2", "list"));
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("CLOUDFLARE_API_TOKEN");
        Cli.Result help = new Cli().run("sync", "--help");
        assertThat(help.out()).doesNotContainIgnoringCase("--token").doesNotContainIgnoringCase("--api-key");
    }

    @Test
    void aRejectedTokenIsNeverPrinted() {
        String secret = "wrong-secret-token-must-not-leak";
        Cli.Result r = Cli.withToken(secret).run(args(fake, "v2", "list"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.API_FAILURE);
        assertThat(r.err()).contains("HTTP 403", "10000").doesNotContain(secret);
        assertThat(r.out()).doesNotContain(secret);
    }

    @Test
    void baseUrlComesFromTheEnvironmentWhenNotGiven() {
        Cli.Result r = cli().env("CLOUDFLARE_BASE_URL", fake.baseUrl()).run("list", "--zone", ZONE);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(fake.journal().last()).hasValueSatisfying(q -> assertThat(q.path()).endsWith("/origin/cloud_regions"));
    }

    @Test
    void supportedRegionsInEachFormat() {
        Cli.Result table = cli().run(args(fake, "v2", "supported-regions"));
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).startsWith("VENDOR").contains("aws", "us-east-1");
        Cli.Result json = cli().run(args(fake, "v1", "supported-regions", "--output", "json"));
        assertThat(json.out()).startsWith("{\"obtained_codes\":").contains("\"us-east-1\"");
        Cli.Result csv = cli().run(args(fake, "v2", "supported-regions", "--output", "csv"));
        assertThat(csv.out()).startsWith("vendor,region,upper_tier_colos\n").contains("\naws,us-east-1,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void exportSyncedBackIsANoOp(String family) throws Exception {
        fake.seed(ZONE, FakeZone.many(0, 230));
        Path out = Files.createTempDirectory("cli").resolve("zone.json");
        Cli.Result export = cli().run(args(fake, family, "export", "--out", out.toString()));
        assertThat(export.exitCode()).as(export.toString()).isZero();
        int before = fake.journal().all().size();
        Cli.Result sync = cli().run(args(fake, family, "sync", "--file", out.toString(), "--prune", "--output", "json"));
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        assertThat(sync.out()).contains("\"unchanged\":230", "\"write_requests\":0");
        assertThat(writes(before)).isZero();

        Cli.Result csv = cli().run(args(fake, family, "export"));
        assertThat(csv.out()).isEqualTo(FakeZone.csv(FakeZone.many(0, 230)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void syncOfAFullZoneTakesThirtyFiveWritesThenNone(String family) {
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(0, 3500)));
        int before = fake.journal().all().size();
        Cli.Result first = cli().run(args(fake, family, "sync", "--file", file.toString(), "--output", "json"));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(writes(before)).isEqualTo(35);
        assertThat(first.out()).isEqualTo("{\"created\":3500,\"updated\":0,\"deleted\":0,\"unchanged\":0,\"failed\":[],"
                + "\"read_requests\":" + reads(family, 0) + ",\"write_requests\":35}\n");
        assertThat(zone()).containsExactlyInAnyOrderElementsOf(FakeZone.many(0, 3500));

        int again = fake.journal().all().size();
        Cli.Result second = cli().run(args(fake, family, "sync", "--file", file.toString(), "--output", "json"));
        assertThat(second.exitCode()).isZero();
        assertThat(writes(again)).isZero();
        assertThat(second.out()).contains("\"unchanged\":3500", "\"write_requests\":0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void aSyncWhoseFirstReadFailsReadsAgainAndCountsEveryRequestTheFakeReceived(String family) {
        fake.seed(ZONE, FakeZone.many(0, 150));
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(0, 250)));
        String root = family.equals("v1") ? "/zones/*/cache/origin_cloud_regions" : "/zones/*/origin/cloud_regions";
        // the first read and the write are each answered 503 once, and retried by the client's policy
        fake.faults().next(1, "GET", root, dev.cfregions.testkit.Fault.status(503));
        fake.faults().next(1, "*", root + "/batch", dev.cfregions.testkit.Fault.status(503));
        fake.journal().clear();
        Cli.Result r = cli().run(args(fake, family, "sync", "--file", file.toString(), "--output", "json", "--max-retries", "1"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        int reads = fake.journal().count("GET", root);
        int writes = fake.journal().all().size() - reads;
        assertThat(reads).isEqualTo(family.equals("v1") ? 2 : 2 + 1); // the failed attempt, its retry, then page 2 for v2
        assertThat(writes).isEqualTo(2);
        assertThat(r.out()).isEqualTo("{\"created\":100,\"updated\":0,\"deleted\":0,\"unchanged\":150,\"failed\":[],"
                + "\"read_requests\":" + reads + ",\"write_requests\":" + writes + "}\n");
        assertThat(zone()).containsExactlyInAnyOrderElementsOf(FakeZone.many(0, 250));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void aSyncWhoseFirstReadFailsEveryRetryReadsAgainWithinItsRounds(String family) {
        fake.seed(ZONE, FakeZone.many(0, 50));
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(0, 60)));
        String root = family.equals("v1") ? "/zones/*/cache/origin_cloud_regions" : "/zones/*/origin/cloud_regions";
        fake.faults().next(2, "GET", root, dev.cfregions.testkit.Fault.status(503));
        fake.journal().clear();
        Cli.Result r = cli().run(args(fake, family, "sync", "--file", file.toString(), "--output", "json", "--max-retries", "0"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("{\"created\":10,\"updated\":0,\"deleted\":0,\"unchanged\":50,\"failed\":[],"
                + "\"read_requests\":3,\"write_requests\":1}\n");
        assertThat(fake.journal().all()).hasSize(4);
    }

    @Test
    void planShowsTheChangeAndItsCostAndWritesNothing() {
        fake.seed(ZONE, FakeZone.many(0, 150));
        List<Mapping> desired = new java.util.ArrayList<>(FakeZone.many(100, 150));
        desired.set(0, Mapping.of(desired.get(0).ip(), Vendor.GCP, "us-central1"));
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(desired));
        int before = fake.journal().all().size();

        Cli.Result json = cli().run(args(fake, "v2", "plan", "--file", file.toString(), "--prune", "--output", "json"));
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.out()).isEqualTo("{\"created\":100,\"updated\":1,\"deleted\":100,\"unchanged\":49,\"failed\":[],"
                + "\"read_requests\":2,\"write_requests\":3}\n");

        Cli.Result text = cli().run(args(fake, "v2", "plan", "--file", file.toString(), "--prune", "--detailed-exitcode"));
        assertThat(text.exitCode()).isEqualTo(ExitCode.CHANGES_PENDING);
        assertThat(text.out()).contains("+  10.0.0.150", "~  10.0.0.100", "(was aws us-east-1)", "-  10.0.0.0",
                "Plan: 100 to create, 1 to update, 100 to delete, 49 unchanged");
        assertThat(writes(before)).isZero();

        Path same = Jar.tempFile("same.csv", FakeZone.csv(FakeZone.many(0, 150)));
        Cli.Result none = cli().run(args(fake, "v2", "plan", "--file", same.toString(), "--detailed-exitcode"));
        assertThat(none.exitCode()).isZero();
    }

    @Test
    void deletionsWithoutYesAreRefusedBeforeAnyWrite() {
        fake.seed(ZONE, FakeZone.many(0, 20));
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(5, 20)));
        int before = fake.journal().all().size();
        Cli.Result r = cli().run(args(fake, "v2", "sync", "--file", file.toString(), "--prune"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("delete 5 mappings", "--yes");
        assertThat(writes(before)).isZero();
        assertThat(zone()).hasSize(20);

        Cli.Result yes = cli().run(args(fake, "v2", "sync", "--file", file.toString(), "--prune", "--yes"));
        assertThat(yes.exitCode()).as(yes.toString()).isZero();
        assertThat(zone()).containsExactlyInAnyOrderElementsOf(FakeZone.many(5, 20));
    }

    @Test
    void atATerminalDeletionsAreListedAndAsked() {
        fake.seed(ZONE, FakeZone.many(0, 3));
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(1, 2)));
        Cli.Result no = cli().interactive(true).stdin("n\n").run(args(fake, "v1", "sync", "--file", file.toString(), "--prune"));
        assertThat(no.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(no.err()).contains("  - 10.0.0.0", "Delete 1 mapping? [y/N]");
        assertThat(zone()).hasSize(3);

        Cli.Result y = cli().interactive(true).stdin("y\n").run(args(fake, "v1", "sync", "--file", file.toString(), "--prune"));
        assertThat(y.exitCode()).as(y.toString()).isZero();
        assertThat(zone()).containsExactlyElementsOf(FakeZone.many(1, 2));
    }

    @Test
    void maxDeletesRefusesAndBackupKeepsTheZoneAsItWas() throws Exception {
        fake.seed(ZONE, FakeZone.many(0, 10));
        Path file = Jar.tempFile("desired.csv", FakeZone.csv(FakeZone.many(0, 2)));
        Cli.Result refused = cli().run(args(fake, "v2", "sync", "--file", file.toString(), "--prune", "--yes", "--max-deletes", "5"));
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(zone()).hasSize(10);

        Path backup = file.resolveSibling("backup.csv");
        Cli.Result done = cli().run(args(fake, "v2", "sync", "--file", file.toString(), "--prune", "--yes", "--backup", backup.toString()));
        assertThat(done.exitCode()).as(done.toString()).isZero();
        assertThat(Files.readString(backup)).isEqualTo(FakeZone.csv(FakeZone.many(0, 10)));
        assertThat(zone()).hasSize(2);
    }

    @Test
    void failedItemsExitThreeAndAreReported() {
        Path file = Jar.tempFile("desired.csv", "ip,vendor,region\n192.0.2.1,aws,us-east-1\n192.0.2.2,aws,mars-north-1\n");
        Cli.Result r = cli().run(args(fake, "v2", "sync", "--file", file.toString(), "--output", "json"));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.ITEMS_FAILED);
        assertThat(r.out()).contains("\"created\":1", "\"failed\":[{\"ip\":\"192.0.2.2\",\"reason\":");
    }

    @Test
    void malformedFilesNameFileLineAndFieldBeforeAnythingIsSent() {
        int before = fake.journal().all().size();
        StringBuilder csv = new StringBuilder("ip,vendor,region\n");
        for (int i = 1; i <= 5; i++) {
            csv.append("10.0.0.").append(i).append(",aws,us-east-1\n");
        }
        csv.append("10.0.0.01,aws,us-east-1\n");
        Path bad = Jar.tempFile("desired.csv", csv.toString());
        Cli.Result ip = cli().run(args(fake, "v2", "sync", "--file", bad.toString()));
        assertThat(ip.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ip.err()).contains("desired.csv:7", "10.0.0.01", "leading zero");

        Path object = Jar.tempFile("desired.json", "{\"ip\":\"10.0.0.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
        Cli.Result json = cli().run(args(fake, "v2", "plan", "--file", object.toString()));
        assertThat(json.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(json.err()).contains("desired.json");

        Path columns = Jar.tempFile("short.csv", "10.0.0.1,aws\n");
        Cli.Result missing = cli().run(args(fake, "v2", "plan", "--file", columns.toString()));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("short.csv:1");
        assertThat(fake.journal().all().size()).isEqualTo(before);
    }

    @Test
    void standardInputIsAFile() {
        Cli.Result r = cli().stdin("[{\"ip\":\"192.0.2.9\",\"vendor\":\"oci\",\"region\":\"us-ashburn-1\"}]")
                .run(args(fake, "v2", "sync", "--file", "-", "--format", "json"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(zone()).containsExactly(Mapping.of(OriginIp.of("192.0.2.9"), Vendor.OCI, "us-ashburn-1"));
    }

    /** The zone's mappings without their timestamps, to compare with what was asked. */
    private static List<Mapping> zone() {
        return fake.mappings(ZONE).stream().map(m -> Mapping.of(m.ip(), m.vendor(), m.region())).toList();
    }

    private static int writes(int fromIndex) {
        return (int) fake.journal().all().stream().skip(fromIndex)
                .filter(r -> !r.method().equals("GET")).count();
    }

    /** List requests a sync into a zone of {@code size} makes: v1 one, v2 a page of 100 each (at least one). */
    private static int reads(String family, int size) {
        return family.equals("v1") ? 1 : Math.max(1, (size + 99) / 100);
    }
}
