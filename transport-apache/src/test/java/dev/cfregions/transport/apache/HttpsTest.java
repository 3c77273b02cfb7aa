package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS against a throw-away certificate made with the JDK's keytool. */
@Timeout(60)
class HttpsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    /** Made once: keytool is a JVM start each time. */
    private static KeyStore forLoopbackIp;
    private static KeyStore forOtherHost;

    @BeforeAll
    static void makeCertificates() throws Exception {
        forLoopbackIp = selfSigned("ip:127.0.0.1");
        forOtherHost = selfSigned("dns:cfregions.test");
    }

    @Test
    void trusted_certificate_for_the_host_works() throws Exception {
        KeyStore keys = forLoopbackIp;
        try (HttpsServerHandle server = new HttpsServerHandle(keys);
             ApacheTransport transport = ApacheTransport.create(TransportConfig.defaults().withSslContext(trusting(keys)))) {
            HttpResponse response = transport.execute(get(server.uri())).get(15, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(200);
            assertThat(new String(response.body())).isEqualTo("secure");
        }
    }

    @Test
    void certificate_for_another_host_is_rejected() throws Exception {
        KeyStore keys = forOtherHost;
        try (HttpsServerHandle server = new HttpsServerHandle(keys);
             ApacheTransport transport = ApacheTransport.create(TransportConfig.defaults().withSslContext(trusting(keys)))) {
            try {
                transport.execute(get(server.uri())).get(15, TimeUnit.SECONDS);
                throw new AssertionError("a certificate for cfregions.test was accepted for 127.0.0.1");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isExactlyInstanceOf(TransportException.class).hasMessageContaining("TLS");
            }
            assertThat(server.requests).isZero();
        }
    }

    @Test
    void untrusted_certificate_is_rejected() throws Exception {
        KeyStore keys = forLoopbackIp;
        try (HttpsServerHandle server = new HttpsServerHandle(keys);
             ApacheTransport transport = ApacheTransport.create(TransportConfig.defaults())) {
            try {
                transport.execute(get(server.uri())).get(15, TimeUnit.SECONDS);
                throw new AssertionError("a self-signed certificate was trusted by default");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isExactlyInstanceOf(TransportException.class);
            }
        }
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.builder().uri(uri).timeout(Duration.ofSeconds(10)).build();
    }

    private static KeyStore selfSigned(String subjectAltName) throws Exception {
        Path file = dir.resolve("keys-" + System.nanoTime() + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=cfregions test", "-ext", "SAN=" + subjectAltName,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("keytool failed: " + output);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD);
        }
        return ks;
    }

    private static SSLContext trusting(KeyStore keys) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /** An HTTPS server on 127.0.0.1 answering "secure" and counting requests. */
    private static final class HttpsServerHandle implements AutoCloseable {
        private final HttpsServer server;
        volatile int requests;

        HttpsServerHandle(KeyStore keys) throws Exception {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setHttpsConfigurator(new HttpsConfigurator(ctx));
            server.createContext("/", ex -> {
                requests++;
                LoopbackServer.respond(ex, 200, "secure".getBytes());
            });
            server.start();
        }

        URI uri() {
            return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/tls");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
