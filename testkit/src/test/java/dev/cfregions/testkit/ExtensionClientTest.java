package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The injected client: over the loopback server with a transport found by name, and with a sleeper that does not sleep. */
@Timeout(30)
class ExtensionClientTest {

    @Nested
    class OverTheLoopbackServer {
        @RegisterExtension
        static final FakeCloudflareExtension CF = FakeCloudflareExtension.builder()
                .loopbackTransport(JdkTransportProvider.NAME).build();

        @Test
        void theClientUsesTheNamedTransportAgainstTheServer(FakeCloudflare fake, CloudflareClient client) {
            fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, FakeTestSupport.mapping("192.0.2.1", "aws", "us-east-1"));
            assertThat(client.transportName()).isEqualTo(JdkTransportProvider.NAME);
            assertThat(client.cache().originCloudRegions().list(FakeCloudflare.EXAMPLE_ZONE_ID).value()).hasSize(1);
            assertThat(client.baseUrl()).isEqualTo(fake.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(fake.journal().all()).hasSize(1);
        }
    }

    @Nested
    class WithInstantSleeps {
        @RegisterExtension
        static final FakeCloudflareExtension CF = FakeCloudflareExtension.builder()
                .instantSleeps()
                .configureClient(b -> b.retryPolicy(RetryPolicy.builder().maxRetries(3)
                        .initialBackoff(Duration.ofHours(1)).maxBackoff(Duration.ofHours(1)).build()))
                .build();

        @Test
        @Timeout(10)
        void anHourOfBackoffTakesNoTime(FakeCloudflare fake, CloudflareClient client) {
            fake.faults().next(2, "GET", "**", Fault.status(503));
            assertThat(client.cache().originCloudRegions().list(FakeCloudflare.EXAMPLE_ZONE_ID).value()).isEmpty();
            assertThat(fake.journal().count("GET", "**")).as("two refused, the third answered").isEqualTo(3);
        }
    }
}
