package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stand-alone server: option parsing, and a real child JVM serving requests. */
@Timeout(60)
class FakeCloudflareMainTest {

    @Test
    void optionsConfigureTheFake() throws Exception {
        try (FakeCloudflare fake = FakeCloudflareMain.fromArgs(new String[] {"--port", "0", "--token", "cli-token",
                "--api-key", "ops@example.com:k3y", "--v1-delete-not-found-code", "1142"}).start();
             Face.Wire w = Face.LOOPBACK.wire(fake).bearer("cli-token")) {
            Face.Resp r = w.send("DELETE", FakeTestSupport.V1 + "/192.0.2.1", null);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.errorCode(0)).isEqualTo(1142);
        }
    }

    @Test
    void retireV1StartsTheFakeWithV1Gone() throws Exception {
        try (FakeCloudflare fake = FakeCloudflareMain.fromArgs(new String[] {"--port", "0", "--token", "cli-token",
                "--retire-v1", "410"}).start();
             Face.Wire w = Face.LOOPBACK.wire(fake).bearer("cli-token")) {
            Face.Resp v1 = w.get(FakeTestSupport.V1);
            assertThat(v1.status()).isEqualTo(410);
            assertThat(v1.errorCode(0)).isEqualTo(7000);
            assertThat(w.get(FakeTestSupport.V2).status()).isEqualTo(200);
        }
        assertThatThrownBy(() -> FakeCloudflareMain.fromArgs(new String[] {"--retire-v1", "500"})).hasMessageContaining("404 or 410");
    }

    @Test
    void badOptionsAreExplained() {
        assertThatThrownBy(() -> FakeCloudflareMain.fromArgs(new String[] {"--port"})).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> FakeCloudflareMain.fromArgs(new String[] {"--port", "eighty"})).hasMessageContaining("\"eighty\"");
        assertThatThrownBy(() -> FakeCloudflareMain.fromArgs(new String[] {"--colour", "red"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> FakeCloudflareMain.fromArgs(new String[] {"--api-key", "nokey"})).hasMessageContaining("EMAIL:KEY");
        assertThatThrownBy(() -> FakeCloudflareMain.fromArgs(new String[] {"--read-timeout-ms", "soon"})).hasMessageContaining("\"soon\"");
        assertThatThrownBy(() -> FakeCloudflareMain.fromArgs(new String[] {"--idle-timeout-ms", "0"})).hasMessageContaining("positive");
    }

    @Test
    void runsAsAChildProcessAndServesOverHttp() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                FakeCloudflareMain.class.getName(), "--port", "0", "--token", "cli-token"))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(30, TimeUnit.SECONDS);
            assertThat(line).matches("FakeCloudflare listening on http://127\\.0\\.0\\.1:\\d+/client/v4");
            String baseUrl = line.substring(line.indexOf("http://"));
            Face.Wire w = new Face.LoopbackWire(baseUrl).bearer("cli-token");
            assertThat(w.get(FakeTestSupport.V1).status()).isEqualTo(200);
            assertThat(w.get("/__fake/health").status()).isEqualTo(200);
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
