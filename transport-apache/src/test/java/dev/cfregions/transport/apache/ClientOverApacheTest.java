package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.TokenScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The core client, finding this transport through {@code ServiceLoader}, against the testkit's
 * fake Cloudflare on 127.0.0.1: every write method, an IPv6 address in the path, and the batch
 * delete that needs a DELETE with a body.
 */
@Timeout(30)
class ClientOverApacheTest {
    private static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;

    private FakeCloudflare fake;
    private CloudflareClient client;

    @BeforeEach
    void start() {
        fake = FakeCloudflare.builder().token("test-token", TokenScope.allZones()).build().start();
        client = CloudflareClient.builder().baseUrl(fake.baseUrl()).apiToken("test-token").build();
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void the_client_picks_this_transport_and_every_operation_round_trips() {
        assertThat(client.transportName()).isEqualTo("apache");
        OriginCloudRegions ocr = client.cache().originCloudRegions();

        ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        ocr.edit(EditParams.builder().zoneId(ZONE).ip("2001:DB8:0::1").vendor(Vendor.AWS).region("us-east-2").build());

        ZoneSetting<Mapping> v6 = ocr.get(GetParams.of(ZONE, "2001:db8::1"));
        assertThat(v6.value().ip().value()).isEqualTo("2001:db8::1");
        assertThat(v6.value().region()).isEqualTo("us-east-2");
        assertThat(ocr.list(ZONE).value()).extracting(Mapping::region).containsExactlyInAnyOrder("us-east-1", "us-east-2");

        ZoneSetting<BatchResult> deleted = ocr.bulkDelete(BulkDeleteParams.builder()
                .zoneId(ZONE).addIp("192.0.2.1").addIp("2001:db8::1").build());

        assertThat(deleted.value().allSucceeded()).isTrue();
        assertThat(fake.mappings(ZONE)).isEmpty();
        assertThat(ocr.list(ZONE).value()).isEmpty();
    }
}
