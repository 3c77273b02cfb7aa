package dev.cfregions.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTPS beyond the conformance suite (which covers trusted, wrong-host and untrusted
 * certificates): SNI is sent for host names and never for IP literals, and a host name is
 * verified against the certificate.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NettyTransportTlsTest {

    /** Answers with the SNI names the client sent, comma-separated. */
    private static RawHttpServer server(String keyStore) throws Exception {
        return new RawHttpServer((r, s, out) -> {
            ExtendedSSLSession session = (ExtendedSSLSession) ((SSLSocket) s).getSession();
            String sni = session.getRequestedServerNames().stream()
                    .map(n -> ((SNIHostName) n).getAsciiName()).collect(Collectors.joining(","));
            RawHttpServer.ok(out, sni);
        }, TestTls.server(keyStore));
    }

    private static NettyTransport transport(SSLContext trust) {
        TransportConfig config = TransportConfig.defaults();
        return NettyTransport.builder()
                .config(trust == null ? config : config.withSslContext(trust))
                .addressResolverGroup(new LoopbackResolver())
                .build();
    }

    @Test
    void talksToAnIpLiteralTheCertificateNamesWithoutSendingSni() throws Exception {
        try (RawHttpServer server = server("loopback.p12");
                NettyTransport transport = transport(TestTls.clientTrustingTestCertificates())) {
            HttpResponse response = NettyTransportTest.await(
                    transport.execute(NettyTransportTest.request("PATCH", server.url("/tls"), "{\"a\":1}")));
            assertThat(response.status()).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEmpty();
            assertThat(new String(server.takeRequest().body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        }
    }

    @Test
    void sendsSniAndVerifiesAHostName() throws Exception {
        try (RawHttpServer server = server("wrong-host.p12");
                NettyTransport transport = transport(TestTls.clientTrustingTestCertificates())) {
            String url = "https://wrong.example:" + server.port() + "/named";
            HttpResponse response = NettyTransportTest.await(transport.execute(NettyTransportTest.request("GET", url, null)));
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("wrong.example");
        }
    }

    @Test
    void rejectsACertificateThatDoesNotNameTheHost() throws Exception {
        try (RawHttpServer server = server("wrong-host.p12");
                NettyTransport transport = transport(TestTls.clientTrustingTestCertificates())) {
            String url = "https://other.example:" + server.port() + "/named";
            Throwable failure = NettyTransportTest.failureOf(transport.execute(NettyTransportTest.request("GET", url, null)));
            assertThat(failure).isInstanceOf(TransportException.class).hasMessageContaining("TLS")
                    .hasRootCauseInstanceOf(java.security.cert.CertificateException.class);
        }
    }
}
