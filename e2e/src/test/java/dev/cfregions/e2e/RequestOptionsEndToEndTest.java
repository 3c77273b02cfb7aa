package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Per-call options over every face: the extra header reaches the server and the retry settings hold for that call only. */
@ParameterizedClass(name = "{0}")
@EnumSource(Face.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestOptionsEndToEndTest extends EndToEndTest {
    private static final String ROOT = "/zones/*/origin/cloud_regions/*";
    private static final String V1_ROOT = "/zones/*/cache/origin_cloud_regions";
    private static final EditParams EDIT = EditParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("2001:db8::1")
            .region("us-central1").vendor(Vendor.GCP).build();
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

    @Test
    void aV1RawAsyncViewWithRetryPolicyNoneSendsOnceWhileThePlainHandleRetries() throws Exception {
        var ocr = client.cache().originCloudRegions();
        fake.faults().next(2, "PATCH", V1_ROOT, Fault.status(503));
        var once = ocr.withRawResponse().withOptions(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build());
        assertThatThrownBy(() -> once.editAsync(EDIT).get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(fake.journal().count("PATCH", V1_ROOT)).isEqualTo(1);
        assertThat(delays).isEmpty();

        // the plain handle meets the fault the view left, retries after the client's first backoff, and succeeds
        assertThat(ocr.edit(EDIT).value()).extracting(m -> m.region()).containsExactly("us-central1");
        assertThat(fake.journal().count("PATCH", V1_ROOT)).isEqualTo(3);
        assertThat(delays).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aV2ViewsRetryPolicyGivesThatCallItsRetriesAndBackoff() {
        var cr = client.origin().cloudRegions();
        fake.faults().next(3, "PUT", ROOT, Fault.status(503));
        RetryPolicy quick = RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ofMillis(10)).build();
        assertThat(cr.withOptions(RequestOptions.builder().retryPolicy(quick).build()).update(UPDATE).region()).isEqualTo("us-east-1");
        assertThat(fake.journal().count("PUT", ROOT)).isEqualTo(4);
        assertThat(delays).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
    }
}
