package dev.cfregions.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One connect deadline covers every step before the request is written: waiting for a pooled
 * connection, resolving the name, TCP connect, TLS handshake. Each test spends part of the
 * budget in one step and stalls the next; the request must fail once, in the connect phase,
 * when the one budget is spent, not after a fresh budget for the stalled step.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConnectDeadlineTest {
    private static final Duration BUDGET = Duration.ofMillis(1500);
    /** Time spent in the first step: well inside the budget, and the budget again would be obvious. */
    private static final long FIRST_STEP_MILLIS = 900;
    /** What a deadline may overrun by on a loaded machine; a second budget is far beyond it. */
    private static final long SLACK_MILLIS = 500;

    private RawHttpServer tls;
    private SilentServer silent;
    private NettyTransport transport;

    @BeforeEach
    void start() throws Exception {
        // /slow answers after the first step's time and closes, freeing the only pool slot.
        tls = new RawHttpServer((r, s, out) -> {
            if (r.target().equals("/slow")) {
                Thread.sleep(FIRST_STEP_MILLIS);
            }
            RawHttpServer.ok(out, "ok", "Connection: close");
            s.close();
        }, TestTls.server("loopback.p12"));
        silent = new SilentServer();
    }

    @AfterEach
    void stop() throws Exception {
        if (transport != null) {
            transport.close();
        }
        tls.close();
        silent.close();
    }

    private NettyTransport transport(ScriptedResolver resolver) throws Exception {
        // The JVM's first TLS connections are slow to set up (providers, key generation), which
        // is no business of this test: pay for them with a generous budget first.
        try (NettyTransport warmUp = NettyTransport.builder()
                .config(TransportConfig.defaults().withSslContext(TestTls.clientTrustingTestCertificates()))
                .addressResolverGroup(new ScriptedResolver().then(0, tlsServer())).build()) {
            assertThat(NettyTransportTest.await(warmUp.execute(NettyTransportTest.request("GET", url("/warm-up"), null))).status())
                    .isEqualTo(200);
        }
        tls.takeRequest();
        transport = NettyTransport.builder()
                .config(TransportConfig.defaults().withConnectTimeout(BUDGET).withSslContext(TestTls.clientTrustingTestCertificates()))
                .maxConnectionsPerHost(1)
                .addressResolverGroup(resolver)
                .build();
        // And this transport's first connection, outside the measurement.
        assertThat(NettyTransportTest.await(transport.execute(NettyTransportTest.request("GET", url("/warm-up"), null))).status())
                .isEqualTo(200);
        return transport;
    }

    private String url(String path) {
        return "https://localhost:" + tls.port() + path; // the resolver decides where it really goes
    }

    private InetSocketAddress tlsServer() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), tls.port());
    }

    private InetSocketAddress silentServer() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.port());
    }

    @Test
    void waitingForThePoolThenAStalledHandshakeShareOneBudget() throws Exception {
        NettyTransport t = transport(new ScriptedResolver().then(0, tlsServer()).then(0, tlsServer()).then(0, silentServer()));
        CompletableFuture<HttpResponse> holder = t.execute(NettyTransportTest.request("GET", url("/slow"), null));
        tls.takeRequest(); // warm-up
        tls.takeRequest(); // the holder has the only connection
        assertConnectTimeoutWithinOneBudget(t);
        assertThat(NettyTransportTest.await(holder).status()).isEqualTo(200);
        assertThat(silent.accepted()).as("the queued request got as far as a handshake").isEqualTo(1);
    }

    @Test
    void aSlowLookupThenAStalledHandshakeShareOneBudget() throws Exception {
        NettyTransport t = transport(new ScriptedResolver().then(0, tlsServer()).then(FIRST_STEP_MILLIS, silentServer()));
        assertConnectTimeoutWithinOneBudget(t);
        assertThat(silent.accepted()).as("the request got as far as a handshake").isEqualTo(1);
    }

    @Test
    void waitingForThePoolThenALookupThatNeverAnswersShareOneBudget() throws Exception {
        NettyTransport t = transport(new ScriptedResolver().then(0, tlsServer()).then(0, tlsServer()).thenNeverAnswer());
        CompletableFuture<HttpResponse> holder = t.execute(NettyTransportTest.request("GET", url("/slow"), null));
        tls.takeRequest();
        tls.takeRequest();
        assertConnectTimeoutWithinOneBudget(t);
        assertThat(NettyTransportTest.await(holder).status()).isEqualTo(200);
    }

    private void assertConnectTimeoutWithinOneBudget(NettyTransport t) {
        long start = System.nanoTime();
        Throwable failure = NettyTransportTest.failureOf(t.execute(NettyTransportTest.request("GET", url("/stalled"), null)));
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(failure).isInstanceOf(TransportTimeoutException.class);
        assertThat(((TransportTimeoutException) failure).phase()).isEqualTo(TransportTimeoutException.Phase.CONNECT);
        assertThat(((TransportTimeoutException) failure).timeout()).isEqualTo(BUDGET);
        assertThat(elapsed).as("ms until the connect timeout").isBetween(BUDGET.toMillis() - 100, BUDGET.toMillis() + SLACK_MILLIS);
    }
}
