package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ProxyConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The builder's own {@code proxy(...)} setting is used, over the config's (none here). */
@Timeout(20)
class BuilderProxyTest {
    @Test
    void aRequestGoesToTheProxySetOnTheBuilder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        proxy.createContext("/", ex -> {
            seen.add(ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("Proxy-Authorization"));
            byte[] body = "via-proxy".getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        proxy.start();
        ProxyConfig config = ProxyConfig.builder().host("127.0.0.1").port(proxy.getAddress().getPort()).credentials("u", "p").build();
        // Port 1 on loopback refuses connections: only a request sent to the proxy can succeed.
        URI nobodyListens = URI.create("http://127.0.0.1:1/zones/x?page=2");
        try (HttpTransport transport = ApacheTransport.builder().proxy(config).build()) {
            byte[] body = transport.execute(HttpRequest.builder().uri(nobodyListens).timeout(Duration.ofSeconds(10)).build())
                    .get(10, TimeUnit.SECONDS).body();
            assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo("via-proxy");
            assertThat(seen).containsExactly(nobodyListens + " " + config.basicAuthorization().orElseThrow());
        } finally {
            proxy.stop(0);
        }
    }
}
