package dev.cfregions.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-alone jar as README tells users to run it: {@code java -jar
 * cfregions-testkit-<version>-standalone.jar --port 0 --token T} in a child JVM, with nothing
 * else on its class path, answering the API over loopback. Runs after {@code package} (failsafe).
 */
class StandaloneJarIT {
    private static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;

    private final Path jar = Path.of(System.getProperty("cfregions.standalone.jar", "missing"));
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theJarRunsTheFakeAndHoldsNoJUnit() throws IOException {
        assertTrue(Files.isRegularFile(jar), "shaded jar not built: " + jar);
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest mf = jf.getManifest();
            assertEquals(FakeCloudflareMain.class.getName(), mf.getMainAttributes().getValue("Main-Class"));
            assertEquals("Apache-2.0", mf.getMainAttributes().getValue("Bundle-License"));
            List<String> junit = jf.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/junit/") || n.startsWith("org/opentest4j/"))
                    .collect(Collectors.toList());
            assertEquals(List.of(), junit, "JUnit is not needed at run time and must not be shaded in");
            assertNotNull(jf.getEntry("dev/cfregions/core/CloudflareClient.class"), "core is inside");
            assertNotNull(jf.getEntry("com/fasterxml/jackson/core/JsonParser.class"), "jackson-core is inside");
        }
    }

    @Test
    void javaDashJarServesTheApiWithTheGivenToken() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--token", "T")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        assertNotNull(line, "the process ended without printing its address");
        String prefix = "FakeCloudflare listening on ";
        assertTrue(line.startsWith(prefix + "http://127.0.0.1:"), line);
        String base = line.substring(prefix.length());

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI list = URI.create(base + "/zones/" + ZONE + "/cache/origin_cloud_regions");

        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(list).header("Authorization", "Bearer T")
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"success\":true"), ok.body());

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(list).header("Authorization", "Bearer wrong")
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(refused.statusCode() >= 400, "an unregistered token is refused: " + refused.statusCode());
        assertTrue(refused.body().contains("\"success\":false"), refused.body());
    }
}
