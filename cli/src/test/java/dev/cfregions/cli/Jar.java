package dev.cfregions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the shaded {@code cfregions.jar} in a child JVM, as a user's shell would. */
final class Jar {
    static final Path JAR = Path.of(System.getProperty("cfregions.jar", "target/cfregions.jar"));

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";

    static Jar withToken(String token) {
        return new Jar().env("CLOUDFLARE_API_TOKEN", token);
    }

    Jar env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Jar stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** Runs the jar with {@code args}; fails the test if it runs longer than a minute. */
    Cli.Result run(String... args) {
        assertThat(JAR).as("the shaded jar (built in the package phase)").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dhttp.nonProxyHosts=localhost|127.*|[::1]");
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        // the child sees only what the test gives it: no credentials leak in from the build's environment
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDFLARE_") || k.endsWith("_PROXY") || k.endsWith("_proxy"));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("cfregions " + String.join(" ", args) + " did not finish within 60 s");
            }
            return new Cli.Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Path tempFile(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("cfregions-cli");
            Path f = dir.resolve(name);
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<" + e + ">";
            }
        });
    }
}
