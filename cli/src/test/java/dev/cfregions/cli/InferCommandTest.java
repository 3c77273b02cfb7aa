package dev.cfregions.cli;

import static dev.cfregions.cli.FakeZone.TOKEN;
import static dev.cfregions.cli.FakeZone.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.ranges.Inference;
import dev.cfregions.core.ranges.RangeAnswer;
import dev.cfregions.core.sync.FileFormat;
import dev.cfregions.core.sync.MappingFiles;
import dev.cfregions.testkit.FakeCloudflare;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code infer} and {@code sync --infer} in-process, on the four fixture files and against the loopback fake. */
class InferCommandTest {
    private static FakeCloudflare fake;

    @TempDir
    Path dir;

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

    private static List<String> with(List<String> first, String... rest) {
        List<String> a = new ArrayList<>(first);
        a.addAll(List.of(rest));
        return a;
    }

    @Test
    void printsWhatTheLookupSaysAndNamesEveryUnmatchedIp() {
        Inference expected = RangeFixtures.lookup().infer(RangeFixtures.ips());
        List<String> a = new ArrayList<>(RangeFixtures.rangesArgs());
        a.addAll(RangeFixtures.IPS);
        Cli.Result r = new Cli().run(RangeFixtures.args("infer", a));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.UNMAPPED);
        assertThat(r.out()).isEqualTo(MappingFiles.format(expected.mappings(), FileFormat.CSV));
        assertThat(MappingFiles.parse(r.out().getBytes(), "stdout", FileFormat.CSV).mappings()).contains(
                Mapping.of(OriginIp.of("3.0.0.1"), Vendor.AWS, "us-east-1"),
                Mapping.of(OriginIp.of("::ffff:129.213.0.2"), Vendor.OCI, "us-ashburn-1"),
                Mapping.of(OriginIp.of("34.35.0.1"), Vendor.GCP, "us-central1"));
        assertThat(expected.unmatched()).hasSize(7);
        for (Map.Entry<OriginIp, RangeAnswer> e : expected.unmatched().entrySet()) {
            assertThat(r.err()).contains("unmapped: " + e.getKey().value() + ": " + e.getValue().describe());
            assertThat(r.out()).doesNotContain(e.getKey().value() + ",");
        }
        assertThat(r.err()).contains("conflict: 3.0.5.0/24", "conflict: 99.77.0.0/18", "7 of 14 IPs not mapped");
    }

    @Test
    void allMatchedExitsZeroAndJsonIsWhatSyncReads() throws Exception {
        Path ips = dir.resolve("ips.txt");
        Files.writeString(ips, "# origins\n3.0.0.1   # web\n\n20.19.0.1\n2600:1f18:4000::1\n");
        Cli.Result r = new Cli().run(RangeFixtures.args("infer", with(RangeFixtures.rangesArgs(), "--ips", ips.toString(), "--output", "json")));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(MappingFiles.parse(r.out().getBytes(), "stdout", FileFormat.JSON).mappings()).containsExactly(
                Mapping.of(OriginIp.of("3.0.0.1"), Vendor.AWS, "us-east-1"),
                Mapping.of(OriginIp.of("20.19.0.1"), Vendor.AZURE, RangeFixtures.lookup().infer(List.of(OriginIp.of("20.19.0.1")))
                        .mappings().get(0).region()),
                Mapping.of(OriginIp.of("2600:1f18:4000::1"), Vendor.AWS, "us-east-2"));
    }

    @Test
    void badIpsFileNamesFileAndLine() throws Exception {
        Path ips = dir.resolve("ips.txt");
        Files.writeString(ips, "3.0.0.1\n# fine\nnot-an-ip\n");
        Cli.Result r = new Cli().run(RangeFixtures.args("infer", with(RangeFixtures.rangesArgs(), "--ips", ips.toString())));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(ips.toString(), "3", "not-an-ip");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badRangeFileNamesFileAndJsonPath() {
        Path bad = RangeFixtures.file("aws-truncated.json");
        Cli.Result r = new Cli().run("infer", "--ranges", "aws=" + bad, "3.0.0.1");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(bad.toString(), " at $.");
    }

    @Test
    void noRangesOrNoIpsIsUsage() {
        assertThat(new Cli().run("infer", "3.0.0.1").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(new Cli().run(RangeFixtures.args("infer", RangeFixtures.rangesArgs())).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void zoneNamesRegionsItDoesNotSupport() {
        assertThat(fake.supportedRegions().supports(Vendor.AZURE, "usstagee")).isFalse();
        Inference expected = RangeFixtures.lookup().infer(List.of(OriginIp.of("3.0.0.1"), OriginIp.of("20.7.0.1")), fake.supportedRegions());
        Cli.Result r = Cli.withToken(TOKEN).run(RangeFixtures.args("infer", with(RangeFixtures.rangesArgs(),
                "--zone", ZONE, "--api-base", fake.baseUrl(), "3.0.0.1", "20.7.0.1")));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.UNMAPPED);
        assertThat(expected.unmatched().get(OriginIp.of("20.7.0.1"))).isInstanceOf(RangeAnswer.Unsupported.class);
        assertThat(r.err()).contains("unmapped: 20.7.0.1: " + expected.unmatched().get(OriginIp.of("20.7.0.1")).describe());
        assertThat(r.out()).isEqualTo(MappingFiles.format(expected.mappings(), FileFormat.CSV));
    }

    @Test
    void inferZoneTakesTheTransportAndRetriesOfEveryOtherCommand() {
        String path = "/zones/" + ZONE + "/origin/cloud_regions/supported_regions";
        fake.faults().next(1, "GET", path, dev.cfregions.testkit.Fault.status(503));
        fake.journal().clear();
        Cli.Result noRetry = Cli.withToken(TOKEN).run(RangeFixtures.args("infer", with(RangeFixtures.rangesArgs(),
                "--zone", ZONE, "--api-base", fake.baseUrl(), "--max-retries", "0", "3.0.0.1")));
        assertThat(noRetry.exitCode()).as(noRetry.toString()).isEqualTo(ExitCode.API_FAILURE);
        assertThat(fake.journal().count("GET", path)).isEqualTo(1);

        fake.faults().next(1, "GET", path, dev.cfregions.testkit.Fault.status(503));
        Cli.Result retried = Cli.withToken(TOKEN).run(RangeFixtures.args("infer", with(RangeFixtures.rangesArgs(),
                "--zone", ZONE, "--api-base", fake.baseUrl(), "--transport", "okhttp", "--max-retries", "1", "3.0.0.1")));
        assertThat(retried.exitCode()).as(retried.toString()).isZero();
        assertThat(retried.out()).contains("3.0.0.1,aws,");
        assertThat(fake.journal().count("GET", path)).isEqualTo(3);
    }

    @Test
    void syncInferRefusesBeforeAnyWriteWhenAnIpIsUnmapped() throws Exception {
        Path ips = dir.resolve("ips.txt");
        Files.writeString(ips, "3.0.0.1\n99.77.0.1\n198.51.100.1\n");
        List<String> a = with(RangeFixtures.rangesArgs(), "--infer", "--ips", ips.toString());
        Cli.Result refused = Cli.withToken(TOKEN).run(FakeZone.args(fake, "v2", "sync", a.toArray(String[]::new)));
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.UNMAPPED);
        assertThat(refused.err()).contains("unmapped: 99.77.0.1", "unmapped: 198.51.100.1", "nothing was written");
        assertThat(fake.mappings(ZONE)).isEmpty();

        Cli.Result partial = Cli.withToken(TOKEN).run(FakeZone.args(fake, "v2", "sync", with(a, "--allow-partial").toArray(String[]::new)));
        assertThat(partial.exitCode()).as(partial.toString()).isZero();
        assertThat(partial.err()).contains("unmapped: 99.77.0.1");
        assertThat(fake.mappings(ZONE)).extracting(m -> Mapping.of(m.ip(), m.vendor(), m.region()))
                .containsExactly(Mapping.of(OriginIp.of("3.0.0.1"), Vendor.AWS, "us-east-1"));
    }

    @Test
    void syncInferWritesEveryMappingWhenAllMatch() throws Exception {
        Path ips = dir.resolve("ips.txt");
        Files.writeString(ips, "3.0.0.1\n129.213.0.1\n34.35.0.1\n");
        Inference expected = RangeFixtures.lookup().infer(ips("3.0.0.1", "129.213.0.1", "34.35.0.1"), fake.supportedRegions());
        assertThat(expected.complete()).as("the fake supports the fixtures' regions").isTrue();
        Cli.Result r = Cli.withToken(TOKEN).run(FakeZone.args(fake, "v1", "sync",
                with(RangeFixtures.rangesArgs(), "--infer", "--ips", ips.toString()).toArray(String[]::new)));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(fake.mappings(ZONE)).extracting(m -> Mapping.of(m.ip(), m.vendor(), m.region()))
                .containsExactlyInAnyOrderElementsOf(expected.mappings());
    }

    @Test
    void syncInferAndFileExcludeEachOther() {
        Cli.Result r = Cli.withToken(TOKEN).run(FakeZone.args(fake, "v2", "sync", "--infer", "--file", "x.csv", "--ips", "x.txt"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(fake.mappings(ZONE)).isEmpty();
    }

    @Test
    void syncRefusesRangeOptionsWithoutInferInsteadOfIgnoringThem() throws Exception {
        Path file = dir.resolve("wanted.csv");
        Files.writeString(file, "ip,vendor,region\n3.0.0.1,aws,us-east-1\n");
        for (List<String> extra : List.of(RangeFixtures.rangesArgs(), List.of("--ranges-fetch", dir.toString()),
                List.of("--ips", file.toString()), List.of("--allow-partial"))) {
            Cli.Result r = Cli.withToken(TOKEN).run(FakeZone.args(fake, "v2", "sync",
                    with(extra, "--file", file.toString()).toArray(String[]::new)));
            assertThat(r.exitCode()).as("%s: %s", extra, r).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as("%s", extra).contains("need --infer");
        }
        assertThat(fake.mappings(ZONE)).isEmpty();
    }

    private static List<OriginIp> ips(String... ips) {
        List<OriginIp> out = new ArrayList<>();
        for (String ip : ips) {
            out.add(OriginIp.of(ip));
        }
        return out;
    }
}
