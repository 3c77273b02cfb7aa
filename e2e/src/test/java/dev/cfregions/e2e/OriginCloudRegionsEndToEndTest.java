package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.errors.PermissionDeniedException;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.model.BatchItemFailure;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client's behaviour for {@code /cache/origin_cloud_regions}, run once per face: in-process,
 * and over loopback HTTP through each real transport, against the same stateful fake.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Face.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OriginCloudRegionsEndToEndTest extends EndToEndTest {
    private static final String ROOT = "/zones/*/cache/origin_cloud_regions";

    private OriginCloudRegions ocr;

    @BeforeEach
    void handle() {
        ocr = client.cache().originCloudRegions();
    }

    @Test
    void everyOperationRoundTrips() {
        assertThat(ocr.supportedRegions(SupportedRegionsParams.of(EXAMPLE_ZONE_ID)).vendors().keySet())
                .containsExactlyInAnyOrder(Vendor.AWS, Vendor.AZURE, Vendor.GCP, Vendor.OCI);
        assertThat(ocr.list(EXAMPLE_ZONE_ID)).isEqualTo(new ZoneSetting<>(ZoneSetting.ID, true, List.of(), null));

        ZoneSetting<List<Mapping>> afterEdit = ocr.edit(EditParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("2001:db8::1")
                .region("us-central1").vendor(Vendor.GCP).build());
        assertThat(afterEdit.value()).extracting(Mapping::region).containsExactly("us-central1");
        assertThat(afterEdit.modifiedOn()).isNotNull();

        ZoneSetting<Mapping> created = ocr.create(CreateParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("192.0.2.1")
                .vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(created.value().sameTarget(Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"))).isTrue();

        assertThat(ocr.get(GetParams.of(EXAMPLE_ZONE_ID, "2001:0DB8:0:0:0:0:0:0001")).value().vendor()).isEqualTo(Vendor.GCP);
        assertThat(ocr.list(ListParams.of(EXAMPLE_ZONE_ID)).value()).extracting(m -> m.ip().value())
                .containsExactly("2001:db8::1", "192.0.2.1");

        assertThat(ocr.delete(DeleteParams.of(EXAMPLE_ZONE_ID, "192.0.2.1")).value().region()).isEqualTo("us-east-1");
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).extracting(m -> m.ip().value()).containsExactly("2001:db8::1");
    }

    @Test
    void ipv6PathsArriveCanonicalAndIntact() {
        fake.seed(EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("2001:db8::1:0:0:1"), Vendor.AWS, "us-east-1"));
        ocr.get(GetParams.of(EXAMPLE_ZONE_ID, "2001:DB8:0:0:1:0:0:1"));
        RecordedRequest last = fake.journal().last().orElseThrow();
        assertThat(last.path()).endsWith("/cache/origin_cloud_regions/2001:db8::1:0:0:1");
    }

    @Test
    void batchesReportEveryItem() {
        BatchResult edited = ocr.bulkEdit(BulkEditParams.builder().zoneId(EXAMPLE_ZONE_ID)
                .addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                .addItem("::ffff:c000:0202", Vendor.OCI, "us-ashburn-1")
                .addItem("203.0.113.9", Vendor.AWS, "mars-north-1").build()).value();
        assertThat(edited.succeeded()).extracting(s -> s.ip().value()).containsExactly("192.0.2.1", "::ffff:192.0.2.2");
        assertThat(edited.failed()).extracting(BatchItemFailure::ip).containsExactly("203.0.113.9");

        BatchResult deleted = ocr.bulkDelete(BulkDeleteParams.builder().zoneId(EXAMPLE_ZONE_ID).addIp("192.0.2.1")
                .addIp("198.51.100.1").build()).value();
        assertThat(deleted.succeeded()).extracting(s -> s.ip().value()).containsExactly("192.0.2.1");
        assertThat(deleted.failed()).extracting(BatchItemFailure::ip).containsExactly("198.51.100.1");
        assertThat(fake.journal().last().orElseThrow().body()).contains("\"192.0.2.1\"").contains("\"198.51.100.1\"");
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).extracting(m -> m.ip().value()).containsExactly("::ffff:192.0.2.2");
    }

    @Test
    void theServicesErrorsBecomeTypedExceptions() {
        fake.seed(EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"));
        assertThat(catchThrowableOfType(NotFoundException.class, () -> ocr.get(GetParams.of(EXAMPLE_ZONE_ID, "192.0.2.9")))
                .hasCode(ErrorCodes.NOT_FOUND)).isTrue();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> ocr.delete(DeleteParams.of(EXAMPLE_ZONE_ID, "192.0.2.9")))
                .hasCode(ErrorCodes.DELETE_NOT_FOUND)).isTrue();
        assertThat(catchThrowableOfType(BadRequestException.class, () -> ocr.create(CreateParams.builder().zoneId(EXAMPLE_ZONE_ID)
                .ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build())).hasCode(ErrorCodes.ALREADY_EXISTS)).isTrue();
        assertThat(catchThrowableOfType(BadRequestException.class, () -> ocr.edit(EditParams.builder().zoneId(EXAMPLE_ZONE_ID)
                .ip("192.0.2.1").vendor(Vendor.AWS).region("mars-north-1").build())).hasCode(ErrorCodes.UNSUPPORTED_REGION)).isTrue();

        try (CloudflareClient stranger = CloudflareClient.builder().baseUrl(face.baseUrl(fake)).apiToken("not-registered")
                .transport(transport).build()) {
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> stranger.cache().originCloudRegions().list(EXAMPLE_ZONE_ID));
            assertThat(e.hasCode(ErrorCodes.AUTHENTICATION_ERROR)).isTrue();
            assertThat(e.getMessage()).doesNotContain("not-registered");
        }
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).hasSize(1);
    }

    @Test
    void theLimitHoldsForNewIpsOnlyAndTheFullListTravels() {
        List<Mapping> full = new ArrayList<>();
        for (int i = 0; i < 3500; i++) {
            full.add(Mapping.of(OriginIp.of("10." + (i >> 8) + "." + (i & 0xff) + ".1"), Vendor.AWS, "us-east-1"));
        }
        fake.seed(EXAMPLE_ZONE_ID, full);
        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class, () -> ocr.create(CreateParams.builder()
                .zoneId(EXAMPLE_ZONE_ID).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build()));
        assertThat(e.hasCode(ErrorCodes.LIMIT_REACHED)).isTrue();
        ZoneSetting<List<Mapping>> all = ocr.edit(EditParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("10.0.0.1").vendor(Vendor.GCP)
                .region("us-central1").build());
        assertThat(all.value()).hasSize(3500);
        assertThat(all.value().get(0).vendor()).isEqualTo(Vendor.GCP);
    }

    @Test
    void transientFailuresAreRetriedWithExactBackoff() {
        fake.faults().next(2, "GET", ROOT, Fault.status(503));
        assertThat(ocr.list(EXAMPLE_ZONE_ID).value()).isEmpty();
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(3);
        assertThat(delays).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void retryAfterIsHonouredAndAWaitAboveTheCapIsThrown() {
        fake.faults().next(1, "GET", ROOT, Fault.rateLimited(Duration.ofSeconds(3)));
        ocr.list(EXAMPLE_ZONE_ID);
        assertThat(delays).containsExactly(Duration.ofSeconds(3));

        fake.faults().next(1, "GET", ROOT, Fault.rateLimited(Duration.ofSeconds(300)));
        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> ocr.list(EXAMPLE_ZONE_ID));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(300));
        assertThat(delays).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsRetried() {
        fake.faults().next(1, "GET", ROOT, Fault.dropConnection());
        assertThat(ocr.list(EXAMPLE_ZONE_ID).value()).isEmpty();
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(2);
    }

    @Test
    void aCreateThatLandedBeforeItsConnectionBrokeStillSucceeds() {
        // the first attempt is applied, then its response is cut short; the retry answers 1145
        fake.faults().next(1, "POST", ROOT, Fault.truncatedBody());
        ZoneSetting<Mapping> created = ocr.create(CreateParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("192.0.2.1")
                .vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(created.value().ip().value()).isEqualTo("192.0.2.1");
        assertThat(fake.journal().all()).extracting(RecordedRequest::method).containsExactly("POST", "POST", "GET");
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).hasSize(1);
    }

    @Test
    void garbageBodiesAreTypedErrors() {
        fake.faults().next(3, "GET", ROOT, Fault.htmlErrorPage(502));
        InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> ocr.list(EXAMPLE_ZONE_ID));
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.bodyExcerpt()).hasValueSatisfying(x -> assertThat(x).containsIgnoringCase("<html"));

        fake.faults().next(1, "GET", ROOT, Fault.nonJsonBody());
        assertThatThrownBy(() -> ocr.list(EXAMPLE_ZONE_ID)).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void aSlowAnswerTimesOutWithTheTypedError() {
        fake.faults().next(1, "GET", ROOT, Fault.delay(Duration.ofSeconds(3)));
        try (CloudflareClient impatient = client(RetryPolicy.none(), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> impatient.cache().originCloudRegions().list(EXAMPLE_ZONE_ID))
                    .isInstanceOf(TransportTimeoutException.class);
        }
    }

    @Test
    void cancellingAPendingCallCompletesItAtOnce() {
        fake.faults().next(1, "GET", ROOT, Fault.delay(Duration.ofSeconds(5)));
        CompletableFuture<ZoneSetting<List<Mapping>>> f = ocr.listAsync(ListParams.of(EXAMPLE_ZONE_ID));
        assertThat(f.cancel(true)).isTrue();
        assertThatThrownBy(f::join).isInstanceOf(CancellationException.class);
        // the transport is still usable afterwards
        assertThat(ocr.list(EXAMPLE_ZONE_ID).value()).isEmpty();
    }
}
