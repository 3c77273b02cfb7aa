package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.CloudflareException;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.spi.TransportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A per-call attempt listener hears every request its calls send: retries, pages, region checks, failures too. */
class AttemptListenerTest {
    private static final String V2_OK = "{\"success\":true,\"errors\":[],\"messages\":[],"
            + "\"result\":{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}}";
    private static final UpdateParams UPDATE = UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS)
            .region("us-east-1").build();

    private RecordingTransport transport;
    private TestClients.ManualClock clock;
    private TestClients.RecordingSleeper sleeper;
    private CloudRegions cr;
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        clock = new TestClients.ManualClock();
        sleeper = new TestClients.RecordingSleeper(clock);
        cr = TestClients.builder(transport, clock, sleeper).retryPolicy(RetryPolicy.builder().maxRetries(2).build()).build()
                .origin().cloudRegions();
    }

    private RequestOptions listening(String name) {
        return RequestOptions.builder().attemptListener(attempt -> heard.add(name + attempt)).build();
    }

    @Test
    void aCallRetriedToSuccessIsHeardOncePerAttempt() {
        transport.respond(503, "{}").respond(200, V2_OK);
        cr.withOptions(listening("a")).update(UPDATE);
        assertThat(heard).containsExactly("a1", "a2");
        assertThat(transport.requests).hasSize(2);
    }

    @Test
    void aCallThatFailsAfterEveryRetryIsHeardForEachAttemptToo() {
        transport.respond(503, "{}").respond(503, "{}").respond(503, "{}");
        assertThatThrownBy(() -> cr.withOptions(listening("a")).update(UPDATE)).isInstanceOf(InternalServerException.class);
        assertThat(heard).containsExactly("a1", "a2", "a3");
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void aTransportFailureRetriedIsHeardForEachAttempt() {
        transport.fail(new TransportException("reset")).fail(new TransportException("reset")).fail(new TransportException("reset"));
        assertThatThrownBy(() -> cr.withOptions(listening("a")).update(UPDATE)).isInstanceOf(TransportException.class);
        assertThat(heard).containsExactly("a1", "a2", "a3");
    }

    @Test
    void eachPageOfAListingThroughTheViewIsHeard() {
        String page2 = "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":["
                + "{\"origin_ip\":\"192.0.2.3\",\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                + "{\"origin_ip\":\"192.0.2.4\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}],"
                + "\"result_info\":{\"count\":2,\"page\":2,\"per_page\":2,\"total_count\":5,\"total_pages\":3}}";
        transport.respondWithExample(200, "v2-list-perpage2-page1-fake.json").respond(503, "{}").respond(200, page2)
                .respondWithExample(200, "v2-list-perpage2-page3-fake.json");
        List<Mapping> all = new ArrayList<>();
        cr.withOptions(listening("p")).listAll(ListParams.of(ZONE, 1, 2)).forEach(all::add);
        assertThat(all).hasSize(5);
        assertThat(heard).containsExactly("p1", "p1", "p2", "p1"); // page 2 was retried once
        assertThat(transport.requests).hasSize(4);
    }

    @Test
    void stackedViewsTellBothListenersInTheOrderTheViewsWereMadeAndThePlainHandleNone() {
        transport.respond(200, V2_OK).respond(200, V2_OK);
        cr.withOptions(listening("inner")).withOptions(listening("outer")).update(UPDATE);
        assertThat(heard).containsExactly("inner1", "outer1");
        cr.update(UPDATE);
        assertThat(heard).hasSize(2);
    }

    @Test
    void theRegionCheckAWriteMakesIsHeardByThatWritesView() {
        transport.respondWithExample(200, "v2-supported-regions-200.json").respondWithExample(200, "v2-batch-put-200.json");
        CloudRegions validating = CloudflareClient.builder().apiToken("t").transport(transport).retryPolicy(RetryPolicy.none())
                .validateRegions(true).build().origin().cloudRegions();
        validating.withOptions(listening("w")).bulkUpdate(BulkUpdateParams.builder().zoneId(ZONE)
                .addItem("192.0.2.1", Vendor.GCP, "us-central1").build());
        assertThat(transport.requests).hasSize(2);
        assertThat(heard).containsExactly("w1", "w1");
    }

    @Test
    void aListenerThatThrowsFailsItsCallAndNothingIsSent() {
        transport.respond(200, V2_OK);
        RuntimeException boom = new IllegalStateException("boom");
        CloudRegions failing = cr.withOptions(RequestOptions.builder().attemptListener(a -> {
            throw boom;
        }).build());
        assertThatThrownBy(() -> failing.update(UPDATE)).isInstanceOf(CloudflareException.class).hasCause(boom);
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void aNullListenerIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RequestOptions.builder().attemptListener(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("attemptListener");
    }

    @Test
    void optionsWithAListenerAreEqualOnlyWithTheSameListenerAndKeepItThroughToBuilder() {
        RequestOptions a = listening("a");
        assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a).isNotEqualTo(listening("a")).isNotEqualTo(RequestOptions.none());
        assertThat(a.attemptListener()).isPresent();
        assertThat(RequestOptions.none().attemptListener()).isEmpty();
        assertThat(a.toString()).contains("attemptListener");
    }
}
