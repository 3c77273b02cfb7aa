package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.CloudflareClient;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension used declaratively: one started fake per class, reset between tests, and a ready client. */
@ExtendWith(FakeCloudflareExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(30)
class FakeCloudflareExtensionTest {
    private static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;
    private static final AtomicReference<FakeCloudflare> FIRST = new AtomicReference<>();
    private static final AtomicReference<CloudflareClient> FIRST_CLIENT = new AtomicReference<>();

    @Test
    @Order(1)
    void injectsAStartedFakeAndAClientThatTalksToIt(FakeCloudflare fake, CloudflareClient client) throws Exception {
        FIRST.set(fake);
        FIRST_CLIENT.set(client);
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
        assertThat(client.cache().originCloudRegions().list(ZONE).value()).extracting(m -> m.ip().value())
                .containsExactly("192.0.2.1");
        assertThat(fake.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/client/v4");
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(FakeCloudflareExtension.DEFAULT_TOKEN)) {
            assertThat(w.get("/zones/" + ZONE + "/cache/origin_cloud_regions").status()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void theSameFakeIsResetBeforeTheNextTestAndTheClientIsNew(FakeCloudflare fake, CloudflareClient client) {
        assertThat(fake).isSameAs(FIRST.get());
        assertThat(fake.isClosed()).isFalse();
        assertThat(fake.mappings(ZONE)).isEmpty();
        assertThat(fake.journal().all()).isEmpty();
        assertThat(client).isNotSameAs(FIRST_CLIENT.get());
        assertThat(client.cache().originCloudRegions().list(ZONE).value()).isEmpty();
    }
}
