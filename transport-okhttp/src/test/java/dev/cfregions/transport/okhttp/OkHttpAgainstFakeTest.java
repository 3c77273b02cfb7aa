package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.TokenScope;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The core client over this transport against the testkit's fake Cloudflare on a loopback port. */
@Timeout(30)
class OkHttpAgainstFakeTest {
    private static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;
    private static final String TOKEN = "okhttp-test-token";
    private static FakeCloudflare fake;

    private OkHttpTransport transport;
    private CloudflareClient client;

    @BeforeAll
    static void startFake() {
        fake = FakeCloudflare.builder().token(TOKEN, TokenScope.allZones()).build().start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @AfterEach
    void closeClient() {
        client.close();
        transport.close();
        fake.reset();
    }

    private OriginCloudRegions ocr(RetryPolicy policy) {
        transport = OkHttpTransport.create(TransportConfig.defaults());
        client = CloudflareClient.builder().baseUrl(fake.baseUrl()).apiToken(TOKEN).transport(transport)
                .retryPolicy(policy).sleeper(delay -> CompletableFuture.completedFuture(null))
                .requestTimeout(Duration.ofSeconds(5)).build();
        return client.cache().originCloudRegions();
    }

    @Test
    void everyWriteRoundTripsIncludingIpv6PathsAndTheBatchDeleteBody() {
        OriginCloudRegions ocr = ocr(RetryPolicy.defaults());
        ocr.create(CreateParams.builder().zoneId(ZONE).ip("2001:0DB8::0001").vendor(Vendor.GCP).region("us-central1").build());
        ocr.edit(EditParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());

        assertThat(ocr.get(GetParams.of(ZONE, "2001:db8::1")).value().region()).isEqualTo("us-central1");
        assertThat(ocr.list(ZONE).value()).hasSize(2);

        ocr.bulkDelete(BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1").addIp("2001:db8::1").build());
        assertThat(fake.mappings(ZONE)).isEmpty();
    }

    @Test
    void aDroppedConnectionIsRetriedByCoreOnly() {
        OriginCloudRegions ocr = ocr(RetryPolicy.defaults());
        fake.faults().next(Fault.dropConnection());

        assertThat(ocr.list(ZONE).value()).isEmpty();
        assertThat(fake.faults().pending()).isZero();
    }

    @Test
    void aTruncatedBodyIsATransportError() {
        OriginCloudRegions ocr = ocr(RetryPolicy.none());
        fake.faults().next(Fault.truncatedBody());

        assertThat(catchThrowable(() -> ocr.list(ZONE))).isInstanceOf(TransportException.class);
    }
}
