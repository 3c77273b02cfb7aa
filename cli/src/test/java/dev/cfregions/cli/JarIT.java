package dev.cfregions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar runs on its own: help, version, and the stand-alone fake. */
class JarIT {

    @Test
    void helpAndVersionRunFromTheJar() {
        Cli.Result help = new Jar().run("--help");
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("Exit codes:");
        Cli.Result version = new Jar().run("--version");
        assertThat(version.out()).startsWith("cfregions ");
    }

    @Test
    void inferRunsFromTheJarOnTheFixtures() {
        java.util.List<String> a = new java.util.ArrayList<>(RangeFixtures.rangesArgs());
        a.addAll(RangeFixtures.IPS);
        Cli.Result r = new Jar().run(RangeFixtures.args("infer", a));
        dev.cfregions.core.ranges.Inference expected = RangeFixtures.lookup().infer(RangeFixtures.ips());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.UNMAPPED);
        assertThat(r.out()).isEqualTo(dev.cfregions.core.sync.MappingFiles.format(expected.mappings(), dev.cfregions.core.sync.FileFormat.CSV));
        expected.unmatched().keySet().forEach(ip -> assertThat(r.err()).contains("unmapped: " + ip.value() + ": "));
    }

    @Test
    void fakeServesTheApiOnLoopback() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Jar.JAR.toString(), "fake", "--port", "0", "--token", "jar-token").redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).startsWith("FakeCloudflare listening on http://127.0.0.1:");
            String base = line.substring(line.indexOf("http://"));
            HttpClient http = HttpClient.newBuilder().proxy(java.net.ProxySelector.of(null)).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/zones/023e105f4ecef8ad9ca31a8372d0c353/cache/origin_cloud_regions"))
                    .header("Authorization", "Bearer jar-token").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"success\":true");
        } finally {
            p.destroy();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
