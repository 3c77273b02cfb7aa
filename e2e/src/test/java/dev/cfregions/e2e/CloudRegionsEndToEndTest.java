package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.EndpointRetiredException;
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
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.ResultInfo;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.BulkDeleteParams;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.DeleteParams;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.SupportedRegionsParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.spi.TransportTimeoutException;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client's behaviour for {@code /origin/cloud_regions}, run once per face: in-process, and
 * over loopback HTTP through each real transport, against the same stateful fake; with the
 * {@code /cache} family beside it on the same mappings, and the fake's switch that retires it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Face.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CloudRegionsEndToEndTest extends EndToEndTest {
    private static final String ROOT = "/zones/*/origin/cloud_regions";
    private static final String ONE = ROOT + "/*";

    private CloudRegions cr;
    private OriginCloudRegions ocr;

    @BeforeEach
    void handles() {
        cr = client.origin().cloudRegions();
        ocr = client.cache().originCloudRegions();
    }

    private static UpdateParams update(String ip, Vendor vendor, String region) {
        return UpdateParams.builder().zoneId(EXAMPLE_ZONE_ID).ip(ip).vendor(vendor).region(region).build();
    }

    private static List<Mapping> generated(int n) {
        return IntStream.range(0, n).mapToObj(i -> Mapping.of(OriginIp.of("10." + (i >> 8) + "." + (i & 0xff) + ".1"),
                Vendor.AWS, "us-east-1")).collect(Collectors.toList());
    }

    private static List<String> ips(Iterable<Mapping> mappings) {
        List<String> out = new ArrayList<>();
        mappings.forEach(m -> out.add(m.ip().value()));
        return out;
    }

    @Test
    void everyOperationRoundTrips() {
        assertThat(cr.supportedRegions(SupportedRegionsParams.of(EXAMPLE_ZONE_ID)).vendors().keySet())
                .containsExactlyInAnyOrder(Vendor.AWS, Vendor.AZURE, Vendor.GCP, Vendor.OCI);
        MappingPage empty = cr.list(EXAMPLE_ZONE_ID);
        assertThat(empty.mappings()).isEmpty();
        assertThat(empty.resultInfo()).isEqualTo(new ResultInfo(0, 1, 100, 0, 0));

        Mapping created = cr.update(update("2001:DB8:0::1", Vendor.GCP, "us-central1"));
        assertThat(created.sameTarget(Mapping.of(OriginIp.of("2001:db8::1"), Vendor.GCP, "us-central1"))).isTrue();
        assertThat(created.modifiedOn()).isNotNull();
        Mapping replaced = cr.update(update("2001:db8::1", Vendor.AWS, "us-east-1"));
        assertThat(replaced.vendor()).isEqualTo(Vendor.AWS);
        cr.update(update("192.0.2.1", Vendor.AWS, "us-west-2"));

        assertThat(cr.get(GetParams.of(EXAMPLE_ZONE_ID, "2001:0DB8:0:0:0:0:0:0001")).region()).isEqualTo("us-east-1");
        MappingPage page = cr.list(EXAMPLE_ZONE_ID);
        assertThat(ips(page.mappings())).containsExactly("2001:db8::1", "192.0.2.1");
        assertThat(page.resultInfo()).isEqualTo(new ResultInfo(2, 1, 100, 2, 1));
        assertThat(page.hasNextPage()).isFalse();

        assertThat(cr.delete(DeleteParams.of(EXAMPLE_ZONE_ID, "192.0.2.1"))).isEqualTo(OriginIp.of("192.0.2.1"));
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).extracting(m -> m.ip().value()).containsExactly("2001:db8::1");
        assertThat(fake.journal().all()).extracting(RecordedRequest::method)
                .containsExactly("GET", "GET", "PUT", "PUT", "PUT", "GET", "GET", "DELETE");
    }

    @Test
    void everyOperationWorksAsync() throws Exception {
        Mapping m = cr.updateAsync(update("192.0.2.1", Vendor.AWS, "us-east-1")).get(10, TimeUnit.SECONDS);
        assertThat(cr.getAsync(GetParams.of(EXAMPLE_ZONE_ID, "192.0.2.1")).get(10, TimeUnit.SECONDS).sameTarget(m)).isTrue();
        assertThat(cr.listAsync(ListParams.of(EXAMPLE_ZONE_ID)).get(10, TimeUnit.SECONDS).mappings()).hasSize(1);
        assertThat(cr.bulkUpdateAsync(BulkUpdateParams.builder().zoneId(EXAMPLE_ZONE_ID).addItem("192.0.2.2", Vendor.AWS,
                "us-east-1").build()).get(10, TimeUnit.SECONDS).allSucceeded()).isTrue();
        assertThat(cr.bulkDeleteAsync(BulkDeleteParams.builder().zoneId(EXAMPLE_ZONE_ID).addIp("192.0.2.2").build())
                .get(10, TimeUnit.SECONDS).allSucceeded()).isTrue();
        assertThat(cr.deleteAsync(DeleteParams.of(EXAMPLE_ZONE_ID, "192.0.2.1")).get(10, TimeUnit.SECONDS))
                .isEqualTo(OriginIp.of("192.0.2.1"));
        assertThat(cr.supportedRegionsAsync(SupportedRegionsParams.of(EXAMPLE_ZONE_ID)).get(10, TimeUnit.SECONDS).obtainedCodes())
                .isTrue();
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).isEmpty();
    }

    @Test
    void ipv6PathsArriveCanonicalAndIntactAndTheBodyNamesTheSameIp() {
        cr.update(update("2001:DB8:0:0:1:0:0:1", Vendor.AWS, "us-east-1"));
        RecordedRequest put = fake.journal().last().orElseThrow();
        assertThat(put.path()).endsWith("/origin/cloud_regions/2001:db8::1:0:0:1");
        assertThat(put.body()).contains("\"origin_ip\":\"2001:db8::1:0:0:1\"");
        cr.get(GetParams.of(EXAMPLE_ZONE_ID, "2001:db8:0:0:1::1"));
        assertThat(fake.journal().last().orElseThrow().path()).endsWith("/origin/cloud_regions/2001:db8::1:0:0:1");
    }

    @Test
    void batchesReportEveryItemAndBulkDeleteSendsItsBody() {
        BatchResult updated = cr.bulkUpdate(BulkUpdateParams.builder().zoneId(EXAMPLE_ZONE_ID)
                .addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                .addItem("::ffff:c000:0202", Vendor.OCI, "us-ashburn-1")
                .addItem("203.0.113.9", Vendor.AWS, "mars-north-1").build());
        assertThat(updated.succeeded()).extracting(s -> s.ip().value()).containsExactly("192.0.2.1", "::ffff:192.0.2.2");
        assertThat(updated.failed()).extracting(BatchItemFailure::ip).containsExactly("203.0.113.9");

        BatchResult deleted = cr.bulkDelete(BulkDeleteParams.builder().zoneId(EXAMPLE_ZONE_ID).addIp("192.0.2.1")
                .addIp("198.51.100.1").build());
        assertThat(deleted.succeeded()).extracting(s -> s.ip().value()).containsExactly("192.0.2.1");
        assertThat(deleted.succeeded().get(0).region()).isEqualTo("us-east-1");
        assertThat(deleted.failed()).extracting(BatchItemFailure::ip).containsExactly("198.51.100.1");
        RecordedRequest last = fake.journal().last().orElseThrow();
        assertThat(last.method()).isEqualTo("DELETE");
        assertThat(last.body()).contains("\"192.0.2.1\"").contains("\"198.51.100.1\"");
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).extracting(m -> m.ip().value()).containsExactly("::ffff:192.0.2.2");
    }

    @Test
    void theServicesErrorsBecomeTypedExceptions() {
        fake.seed(EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"));
        assertThat(catchThrowableOfType(NotFoundException.class, () -> cr.get(GetParams.of(EXAMPLE_ZONE_ID, "192.0.2.9")))
                .hasCode(ErrorCodes.NOT_FOUND)).isTrue();
        NotFoundException gone = catchThrowableOfType(NotFoundException.class,
                () -> cr.delete(DeleteParams.of(EXAMPLE_ZONE_ID, "192.0.2.9")));
        assertThat(gone.hasCode(ErrorCodes.NOT_FOUND)).isTrue();
        assertThat(gone).isNotInstanceOf(EndpointRetiredException.class);
        assertThat(catchThrowableOfType(BadRequestException.class, () -> cr.update(update("192.0.2.1", Vendor.AWS, "mars-north-1")))
                .hasCode(ErrorCodes.UNSUPPORTED_REGION)).isTrue();

        try (CloudflareClient stranger = CloudflareClient.builder().baseUrl(face.baseUrl(fake)).apiToken("not-registered")
                .transport(transport).build()) {
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> stranger.origin().cloudRegions().list(EXAMPLE_ZONE_ID));
            assertThat(e.hasCode(ErrorCodes.AUTHENTICATION_ERROR)).isTrue();
            assertThat(e.getMessage()).doesNotContain("not-registered");
        }
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).hasSize(1);
    }

    @Test
    void theLimitHoldsForNewIpsOnly() {
        fake.seed(EXAMPLE_ZONE_ID, generated(3500));
        assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> cr.update(update("192.0.2.1", Vendor.AWS,
                "us-east-1"))).hasCode(ErrorCodes.LIMIT_REACHED)).isTrue();
        assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> cr.bulkUpdate(BulkUpdateParams.builder()
                .zoneId(EXAMPLE_ZONE_ID).addItem("192.0.2.1", Vendor.AWS, "us-east-1").build())).hasCode(ErrorCodes.LIMIT_REACHED))
                .isTrue();
        assertThat(cr.update(update("10.0.0.1", Vendor.GCP, "us-central1")).vendor()).isEqualTo(Vendor.GCP);
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).hasSize(3500);
    }

    // ------------------------------------------------------------------ pagination against the fake

    @Test
    void aFullZoneIsReadIn35RequestsInOrder() {
        List<Mapping> full = generated(3500);
        fake.seed(EXAMPLE_ZONE_ID, full);
        assertThat(ips(cr.listAll(EXAMPLE_ZONE_ID))).isEqualTo(ips(full));
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(35);
    }

    @Test
    void pagingStopsAtAnExactMultipleOnePastItAndOnAnEmptyZone() {
        fake.seed(EXAMPLE_ZONE_ID, generated(200));
        assertThat(ips(cr.listAll(EXAMPLE_ZONE_ID))).hasSize(200).doesNotHaveDuplicates();
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(2);

        fake.journal().clear();
        cr.update(update("192.0.2.1", Vendor.AWS, "us-east-1"));
        assertThat(ips(cr.listAll(EXAMPLE_ZONE_ID))).hasSize(201).endsWith("192.0.2.1");
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(3);

        fake.journal().clear();
        assertThat(ips(cr.listAll(ListParams.of(EXAMPLE_ZONE_ID, 1, 7)))).hasSize(201);
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(29);
        assertThat(fake.journal().all()).extracting(RecordedRequest::query).startsWith("page=1&per_page=7", "page=2&per_page=7");

        fake.reset();
        fake.registerToken(TOKEN);
        assertThat(cr.listAll(EXAMPLE_ZONE_ID)).isEmpty();
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(1);
    }

    @Test
    void aPagePastTheEndIsEmptyAndLast() {
        fake.seed(EXAMPLE_ZONE_ID, generated(5));
        MappingPage past = cr.list(ListParams.of(EXAMPLE_ZONE_ID, 4, 2));
        assertThat(past.mappings()).isEmpty();
        assertThat(past.resultInfo()).isEqualTo(new ResultInfo(0, 4, 2, 5, 3));
        assertThat(past.hasNextPage()).isFalse();
        MappingPage last = cr.list(ListParams.of(EXAMPLE_ZONE_ID, 3, 2));
        assertThat(last.mappings()).hasSize(1);
        assertThat(last.hasNextPage()).isFalse();
    }

    @Test
    void pagesCanBeWalkedAsync() throws Exception {
        fake.seed(EXAMPLE_ZONE_ID, generated(5));
        MappingPage page = cr.listAsync(ListParams.of(EXAMPLE_ZONE_ID, 1, 2)).get(10, TimeUnit.SECONDS);
        List<String> seen = new ArrayList<>(ips(page.mappings()));
        while (page.hasNextPage()) {
            page = page.nextPageAsync().get(10, TimeUnit.SECONDS);
            seen.addAll(ips(page.mappings()));
        }
        assertThat(seen).isEqualTo(ips(generated(5)));
        assertThat(fake.journal().count("GET", ROOT)).isEqualTo(3);
    }

    // ------------------------------------------------------------------ both families, one store

    @Test
    void aZoneFilledThroughV1IsReadThroughV2AndBack() {
        dev.cfregions.core.cache.BulkEditParams.Builder v1 = dev.cfregions.core.cache.BulkEditParams.builder()
                .zoneId(EXAMPLE_ZONE_ID);
        for (Mapping m : generated(100)) {
            v1.addItem(m.ip(), m.vendor(), m.region());
        }
        assertThat(ocr.bulkEdit(v1.build()).value().allSucceeded()).isTrue();
        ocr.edit(dev.cfregions.core.cache.EditParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("2001:db8::1").vendor(Vendor.GCP)
                .region("us-central1").build());

        List<Mapping> throughV2 = new ArrayList<>();
        cr.listAll(ListParams.of(EXAMPLE_ZONE_ID, 1, 30)).forEach(throughV2::add);
        List<Mapping> throughV1 = ocr.list(EXAMPLE_ZONE_ID).value();
        assertThat(throughV2).hasSize(101).isEqualTo(throughV1);

        cr.update(update("2001:db8::1", Vendor.AWS, "us-west-2"));
        cr.delete(DeleteParams.of(EXAMPLE_ZONE_ID, "10.0.0.1"));
        Mapping back = ocr.get(dev.cfregions.core.cache.GetParams.of(EXAMPLE_ZONE_ID, "2001:db8::1")).value();
        assertThat(back.sameTarget(Mapping.of(OriginIp.of("2001:db8::1"), Vendor.AWS, "us-west-2"))).isTrue();
        assertThat(ocr.list(EXAMPLE_ZONE_ID).value()).hasSize(100).isEqualTo(ips(cr.listAll(EXAMPLE_ZONE_ID)).stream()
                .map(ip -> cr.get(GetParams.of(EXAMPLE_ZONE_ID, ip))).collect(Collectors.toList()));
    }

    @Test
    void aRetiredV1IsToldApartFromAMissingMappingAndV2StillServes() {
        fake.seed(EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"));
        for (int status : new int[] {410, 404}) {
            fake.retireV1(status);
            EndpointRetiredException e = catchThrowableOfType(EndpointRetiredException.class,
                    () -> ocr.delete(dev.cfregions.core.cache.DeleteParams.of(EXAMPLE_ZONE_ID, "192.0.2.1")));
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).contains("client.origin().cloudRegions()");
            assertThatThrownBy(() -> ocr.list(EXAMPLE_ZONE_ID)).isInstanceOf(EndpointRetiredException.class);
            assertThat(fake.mappings(EXAMPLE_ZONE_ID)).hasSize(1);
            assertThat(ips(cr.listAll(EXAMPLE_ZONE_ID))).containsExactly("192.0.2.1");
            fake.restoreV1();
        }
        assertThat(ocr.list(EXAMPLE_ZONE_ID).value()).hasSize(1);
    }

    // ------------------------------------------------------------------ the pipeline, as for v1

    @Test
    void transientFailuresAreRetriedWithExactBackoff() {
        fake.faults().next(2, "PUT", ONE, Fault.status(503));
        cr.update(update("192.0.2.1", Vendor.AWS, "us-east-1"));
        assertThat(fake.journal().count("PUT", ONE)).isEqualTo(3);
        assertThat(delays).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void anUpdateThatLandedBeforeItsConnectionBrokeIsRetriedAndSucceeds() {
        fake.faults().next(1, "PUT", ONE, Fault.truncatedBody());
        assertThat(cr.update(update("192.0.2.1", Vendor.AWS, "us-east-1")).region()).isEqualTo("us-east-1");
        assertThat(fake.journal().count("PUT", ONE)).isEqualTo(2);
        assertThat(fake.mappings(EXAMPLE_ZONE_ID)).hasSize(1);
    }

    @Test
    void retryAfterIsHonouredAndAWaitAboveTheCapIsThrown() {
        fake.faults().next(1, "GET", ROOT, Fault.rateLimited(Duration.ofSeconds(3)));
        cr.list(EXAMPLE_ZONE_ID);
        assertThat(delays).containsExactly(Duration.ofSeconds(3));
        fake.faults().next(1, "GET", ROOT, Fault.rateLimited(Duration.ofSeconds(300)));
        assertThat(catchThrowableOfType(RateLimitException.class, () -> cr.list(EXAMPLE_ZONE_ID)).retryAfter())
                .contains(Duration.ofSeconds(300));
    }

    @Test
    void garbageBodiesAreTypedErrors() {
        fake.faults().next(3, "GET", ONE, Fault.htmlErrorPage(502));
        InternalServerException e = catchThrowableOfType(InternalServerException.class,
                () -> cr.get(GetParams.of(EXAMPLE_ZONE_ID, "192.0.2.1")));
        assertThat(e.status()).isEqualTo(502);
        fake.faults().next(1, "GET", ROOT, Fault.nonJsonBody());
        assertThatThrownBy(() -> cr.list(EXAMPLE_ZONE_ID)).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void aSlowAnswerTimesOutAndACancelledCallEndsAtOnce() {
        fake.faults().next(1, "GET", ROOT, Fault.delay(Duration.ofSeconds(3)));
        try (CloudflareClient impatient = client(RetryPolicy.none(), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> impatient.origin().cloudRegions().list(EXAMPLE_ZONE_ID))
                    .isInstanceOf(TransportTimeoutException.class);
        }
        fake.faults().next(1, "GET", ONE, Fault.delay(Duration.ofSeconds(5)));
        CompletableFuture<Mapping> f = cr.getAsync(GetParams.of(EXAMPLE_ZONE_ID, "192.0.2.1"));
        assertThat(f.cancel(true)).isTrue();
        assertThatThrownBy(f::join).isInstanceOf(CancellationException.class);
        assertThat(cr.list(EXAMPLE_ZONE_ID).mappings()).isEmpty();
    }

    @Test
    void theRawViewShowsTheResponse() {
        RawResponse<Mapping> raw = cr.withRawResponse().update(update("192.0.2.1", Vendor.AWS, "us-east-1"));
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("application/json"));
        assertThat(raw.messages()).isEmpty();
        assertThat(raw.value().ip()).isEqualTo(OriginIp.of("192.0.2.1"));
        assertThat(ocr.withRawResponse().list(dev.cfregions.core.cache.ListParams.of(EXAMPLE_ZONE_ID)).value().value())
                .hasSize(1);
    }
}
