package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Per-call options over every face: the extra header reaches the server and the retry setting holds for that call only. */
@ParameterizedClass(name = "{0}")
@EnumSource(Face.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestOptionsEndToEndTest extends EndToEndTest {
    private static final String ROOT = "/zones/*/origin/cloud_regions/*";
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final UpdateParams UPDATE = UpdateParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("192.0.2.1")
            .vendor(Vendor.AWS).region("us-east-1").build();

    @Test
    void theHeaderIsSentOnThatCallOnlyAndAuthIsTheClients() throws Exception {
        var cr = client.origin().cloudRegions();
        cr.withOptions(RequestOptions.builder().header("traceparent", TRACE).build()).updateAsync(UPDATE).get(10, TimeUnit.SECONDS);
        cr.update(UPDATE);
        List<RecordedRequest> puts = fake.journal().all();
        assertThat(puts).hasSize(2);
        assertThat(puts.get(0).headers().firstValue("traceparent")).contains(TRACE);
        assertThat(puts.get(0).headers().firstValue("authorization")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer "));
        assertThat(puts.get(1).headers().contains("traceparent")).isFalse();
    }

    @Test
    void noRetriesForThatCallWhileTheNextPlainCallRetries() {
        var cr = client.origin().cloudRegions();
        fake.faults().next(1, "PUT", ROOT, Fault.status(500));
        assertThatThrownBy(() -> cr.withOptions(RequestOptions.builder().maxRetries(0).build()).update(UPDATE))
                .isInstanceOf(InternalServerException.class);
        assertThat(fake.journal().count("PUT", ROOT)).isEqualTo(1);
        fake.faults().next(1, "PUT", ROOT, Fault.status(500));
        assertThat(cr.update(UPDATE).region()).isEqualTo("us-east-1");
        assertThat(fake.journal().count("PUT", ROOT)).isEqualTo(3);
    }
}
