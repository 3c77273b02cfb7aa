package dev.cfregions.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.ZoneSetting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The core client end to end over this transport, against the API reference's example payloads. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientOverNettyTest {
    private static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";

    private static String example(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("cfregions.examples"), name), StandardCharsets.UTF_8);
    }

    @Test
    void bulkDeleteSendsItsBodyOnADelete() throws Exception {
        String reply = example("v1-batch-delete-200.json");
        try (RawHttpServer server = new RawHttpServer((r, s, out) -> RawHttpServer.ok(out, reply, "Content-Type: application/json"));
                NettyTransport transport = NettyTransport.builder().build();
                CloudflareClient client = CloudflareClient.builder().baseUrl(server.url("/client/v4"))
                        .apiToken("test-token").transport(transport).build()) {
            ZoneSetting<BatchResult> result = client.cache().originCloudRegions().bulkDelete(
                    BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1").addIp("2001:db8::1").build());

            RawHttpServer.Recorded seen = server.takeRequest();
            assertThat(seen.method()).isEqualTo("DELETE");
            assertThat(seen.target()).isEqualTo("/client/v4/zones/" + ZONE + "/cache/origin_cloud_regions/batch");
            String body = new String(seen.body(), StandardCharsets.UTF_8);
            assertThat(body).contains("\"192.0.2.1\"", "\"2001:db8::1\"");
            assertThat(seen.header("Content-Length")).isEqualTo(Integer.toString(seen.body().length));
            assertThat(seen.header("Authorization")).isEqualTo("Bearer test-token");
            assertThat(result.value().succeeded()).hasSize(2);
            assertThat(result.value().failed()).isEmpty();
        }
    }

    @Test
    void aCallbackOnTheEventLoopCanSendTheNextRequest() throws Exception {
        String reply = example("v1-list-200.json");
        try (RawHttpServer server = new RawHttpServer((r, s, out) -> RawHttpServer.ok(out, reply, "Content-Type: application/json"));
                NettyTransport transport = NettyTransport.builder().maxConnectionsPerHost(1).build();
                CloudflareClient client = CloudflareClient.builder().baseUrl(server.url("/client/v4"))
                        .apiToken("test-token").transport(transport).build()) {
            var regions = client.cache().originCloudRegions();
            List<Mapping> second = regions.listAsync(ListParams.of(ZONE))
                    .thenCompose(first -> regions.listAsync(ListParams.of(ZONE)))
                    .get(10, TimeUnit.SECONDS).value();
            assertThat(second).isNotEmpty();
            assertThat(server.connections()).isEqualTo(1);
        }
    }
}
