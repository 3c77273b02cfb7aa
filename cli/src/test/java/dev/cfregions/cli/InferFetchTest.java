package dev.cfregions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.cli.ranges.PublishedRanges;
import dev.cfregions.core.ranges.Inference;
import dev.cfregions.core.sync.FileFormat;
import dev.cfregions.core.sync.MappingFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code infer --ranges-fetch DIR}: the published files from a loopback server, cached, refreshed with 304s. */
class InferFetchTest {
    private RangeServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new RangeServer();
        server.publish("/aws.json", Files.readAllBytes(RangeFixtures.file("aws-ip-ranges.json")));
        server.publish("/gcp.json", Files.readAllBytes(RangeFixtures.file("gcp-cloud.json")));
        server.publish("/oci.json", Files.readAllBytes(RangeFixtures.file("oci-public-ip-ranges.json")));
        server.publish("/ServiceTags_Public_20261130.json", Files.readAllBytes(RangeFixtures.file("azure-service-tags.json")));
        for (String v : List.of("aws", "gcp", "oci")) {
            System.setProperty("cfregions.ranges." + v + ".url", server.url("/" + v + ".json"));
        }
    }

    @AfterEach
    void stop() {
        for (String v : List.of("aws", "gcp", "oci")) {
            System.clearProperty("cfregions.ranges." + v + ".url");
        }
        server.close();
    }

    @Test
    void fetchesCachesAndRefreshesWithoutSendingCredentials() throws Exception {
        assertThat(PublishedRanges.url(dev.cfregions.core.model.Vendor.AWS)).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("127.0.0.1"));
        Path cache = dir.resolve("ranges");
        List<String> a = new ArrayList<>(List.of("infer", "--ranges-fetch", cache.toString(),
                "--ranges", "azure=" + server.url("/ServiceTags_Public_20261130.json")));
        a.addAll(RangeFixtures.IPS);
        Inference expected = RangeFixtures.lookup().infer(RangeFixtures.ips());
        Cli cli = Cli.withToken("fetch-test-token-0123456789").env("CLOUDFLARE_EMAIL", "a@example.com").env("CLOUDFLARE_API_KEY", "k");

        Cli.Result first = cli.run(a.toArray(String[]::new));
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCode.UNMAPPED);
        assertThat(first.out()).isEqualTo(MappingFiles.format(expected.mappings(), FileFormat.CSV));
        assertThat(first.err()).contains("ranges: aws fetched from", "ranges: azure fetched from");
        assertThat(cache.resolve("aws.json")).hasSameBinaryContentAs(RangeFixtures.file("aws-ip-ranges.json"));
        assertThat(cache.resolve("azure.json.etag")).exists();
        assertThat(server.seen).hasSize(4).allSatisfy(s -> assertThat(s.status()).isEqualTo(200));

        Cli.Result second = cli.run(a.toArray(String[]::new));
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).contains("ranges: aws unchanged at", "ranges: oci unchanged at");
        assertThat(server.seen.subList(4, server.seen.size())).hasSize(4).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(304);
            assertThat(s.headers()).containsKeys("if-none-match", "if-modified-since");
        });
        assertThat(server.seen).allSatisfy(s -> assertThat(s.headers().keySet())
                .noneMatch(h -> h.equals("authorization") || h.startsWith("x-auth")));
    }
}
