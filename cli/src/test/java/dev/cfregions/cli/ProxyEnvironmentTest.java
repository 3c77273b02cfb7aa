package dev.cfregions.cli;

import static dev.cfregions.cli.FakeZone.TOKEN;
import static dev.cfregions.cli.FakeZone.args;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.testkit.FakeCloudflare;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code HTTP(S)_PROXY} and {@code NO_PROXY} are honoured, and a proxy password is never printed. */
class ProxyEnvironmentTest {
    private static FakeCloudflare fake;

    @BeforeAll
    static void start() {
        fake = FakeZone.start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    /** A loopback port nothing listens on: a proxy there refuses every connection. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void requestsGoThroughTheProxyTheEnvironmentNames() throws IOException {
        String proxy = "http://svc:hunter2-proxy-secret@127.0.0.1:" + closedPort();
        Cli.Result r = Cli.withToken(TOKEN).env("HTTP_PROXY", proxy).run(args(fake, "v2", "list"));
        // the fake itself answers directly, so failing proves the request went to the (dead) proxy
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.API_FAILURE);
        assertThat(r.err() + r.out()).doesNotContain("hunter2-proxy-secret");
    }

    @Test
    void noProxyHostsGoDirect() throws IOException {
        Cli.Result r = Cli.withToken(TOKEN).env("http_proxy", "127.0.0.1:" + closedPort()).env("NO_PROXY", "localhost, 127.0.0.1")
                .run(args(fake, "v2", "list"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void aProxyThatIsNotPlainHttpIsBadUsageWithItsPasswordRedacted() {
        Cli.Result r = Cli.withToken(TOKEN).env("HTTP_PROXY", "socks5://u:hunter2-proxy-secret@127.0.0.1:1080")
                .run(args(fake, "v2", "list"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("HTTP_PROXY", "[redacted]@127.0.0.1:1080").doesNotContain("hunter2-proxy-secret");
    }
}
