package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.ZoneSetting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The core client, finding this transport through {@code ServiceLoader}, against a loopback
 * server answering with the API reference's example payloads (the list one gzipped).
 */
@Timeout(20)
class ClientOverOkHttpTest {
    private static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";

    private record Seen(String method, String rawPath, Map<String, List<String>> headers, String body) {}

    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private HttpServer server;
    private CloudflareClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::answer);
        server.start();
        client = CloudflareClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/client/v4")
                .apiToken("test-token-not-secret")
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void listsThroughOkHttpWithGzip() throws Exception {
        assertThat(client.transportName()).isEqualTo("okhttp");

        ZoneSetting<List<Mapping>> list = client.cache().originCloudRegions().list(ZONE);

        assertThat(list.value()).hasSize(2);
        Seen request = next();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/client/v4/zones/" + ZONE + "/cache/origin_cloud_regions");
        assertThat(request.headers().get("Authorization")).containsExactly("Bearer test-token-not-secret");
        assertThat(request.headers().get("User-agent")).hasSize(1).noneMatch(ua -> ua.startsWith("okhttp"));
        assertThat(String.join(",", request.headers().get("Accept-encoding"))).contains("gzip");
    }

    @Test
    void bulkDeleteSendsTheIpsAsADeleteBody() throws Exception {
        ZoneSetting<BatchResult> result = client.cache().originCloudRegions().bulkDelete(BulkDeleteParams.builder()
                .zoneId(ZONE).addIp("192.0.2.1").addIp("2001:db8::1").build());

        assertThat(result.value().succeeded()).hasSize(2);
        Seen request = next();
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.rawPath()).endsWith("/cache/origin_cloud_regions/batch");
        assertThat(request.body()).contains("\"192.0.2.1\"").contains("\"2001:db8::1\"").startsWith("[");
    }

    @Test
    void getPutsTheIpv6LiteralInThePath() throws Exception {
        client.cache().originCloudRegions().get(GetParams.of(ZONE, "2001:DB8:0::1"));

        Seen request = next();
        assertThat(request.rawPath()).isIn(
                "/client/v4/zones/" + ZONE + "/cache/origin_cloud_regions/2001:db8::1",
                "/client/v4/zones/" + ZONE + "/cache/origin_cloud_regions/2001%3Adb8%3A%3A1");
    }

    private Seen next() throws InterruptedException {
        Seen request = seen.poll(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            seen.add(new Seen(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (path.endsWith("/cache/origin_cloud_regions")) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                send(exchange, gzip(example("v1-list-200.json")));
            } else if (path.endsWith("/batch")) {
                send(exchange, example("v1-batch-delete-200.json"));
            } else {
                send(exchange, example("v1-get-200.json"));
            }
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] example(String name) throws IOException {
        String dir = System.getProperty("cfregions.examples", "../api-examples");
        return Files.readAllBytes(Path.of(dir, name));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
