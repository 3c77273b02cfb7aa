package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.errors.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered programmatically, with the fake's and the client's builders adjusted. */
@Timeout(30)
class RegisteredExtensionTest {
    @RegisterExtension
    static final FakeCloudflareExtension CF = FakeCloudflareExtension.builder()
            .configure(b -> b.v1DeleteNotFoundCode(1142).token("second-token", TokenScope.allZones().asReadOnly()))
            .configureClient(b -> b.retryPolicy(RetryPolicy.none()))
            .build();

    @Test
    void theConfigurationReachesTheFakeAndTheClient(FakeCloudflare fake, CloudflareClient client) throws Exception {
        assertThat(CF.fake()).isSameAs(fake);
        Throwable e = catchThrowable(() -> client.cache().originCloudRegions()
                .delete(DeleteParams.of(FakeCloudflare.EXAMPLE_ZONE_ID, "192.0.2.1")));
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(((NotFoundException) e).hasCode(1142)).isTrue();

        fake.faults().next(Fault.status(503));
        assertThat(catchThrowable(() -> client.cache().originCloudRegions().list(FakeCloudflare.EXAMPLE_ZONE_ID)))
                .as("RetryPolicy.none() reached the client: no retry").isInstanceOf(dev.cfregions.core.errors.InternalServerException.class);

        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer("second-token")) {
            assertThat(w.get("/zones/" + FakeCloudflare.EXAMPLE_ZONE_ID + "/cache/origin_cloud_regions").result())
                    .containsEntry("editable", false);
        }
    }
}
