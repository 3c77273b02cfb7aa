package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.Sleeper;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.errors.PermissionDeniedException;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.spi.HttpTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;

/**
 * Core's {@link CloudflareClient} against the fake, over both faces: every operation, and the
 * client's retry rules proved with injected faults (a recording sleeper keeps the tests fast).
 */
@Timeout(30)
class ClientAgainstFakeTest extends SharedFakeTest {
    private static final String CREATE_PATH = "/zones/*/cache/origin_cloud_regions";

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Sleeper recordingSleeper = delay -> {
        sleeps.add(delay);
        return CompletableFuture.completedFuture(null);
    };
    private HttpTransport transport;
    private CloudflareClient client;

    @AfterEach
    void closeClient() {
        if (client != null) {
            client.close();
        }
        if (transport != null) {
            transport.close();
        }
    }

    private OriginCloudRegions ocr(Face face) {
        return ocr(face, RetryPolicy.defaults(), TOKEN);
    }

    private OriginCloudRegions ocr(Face face, RetryPolicy policy, String token) {
        transport = face == Face.IN_PROCESS ? fake.transport() : new JdkHttpTransport();
        client = CloudflareClient.builder()
                .baseUrl(face == Face.IN_PROCESS ? FakeCloudflare.IN_PROCESS_BASE_URL : fake.baseUrl())
                .apiToken(token)
                .transport(transport)
                .retryPolicy(policy)
                .sleeper(recordingSleeper)
                .jitterSource(() -> 0.0)
                .requestTimeout(Duration.ofSeconds(5))
                .build();
        return client.cache().originCloudRegions();
    }

    @BothFaces
    void everyOperationRoundTripsThroughTheFake(Face face) {
        OriginCloudRegions ocr = ocr(face);
        ZoneSetting<Mapping> created = ocr.create(CreateParams.builder().zoneId(ZONE).ip("2001:0DB8::0001")
                .vendor(Vendor.GCP).region("us-central1").build());
        assertThat(created.value().ip().value()).isEqualTo("2001:db8::1");
        assertThat(created.modifiedOn()).isEqualTo(FakeTestSupport.T0);

        ZoneSetting<List<Mapping>> edited = ocr.edit(EditParams.builder().zoneId(ZONE).ip("192.0.2.1")
                .vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(edited.value()).extracting(m -> m.ip().value()).containsExactly("2001:db8::1", "192.0.2.1");
        assertThat(ocr.get(GetParams.of(ZONE, "192.0.2.1")).value().region()).isEqualTo("us-east-1");
        assertThat(ocr.get(GetParams.of(ZONE, "2001:DB8:0::1")).value().ip().value())
                .as("an IPv6 path segment, however the client encodes it, is decoded and canonicalized").isEqualTo("2001:db8::1");
        assertThat(ocr.list(ZONE).value()).hasSize(2);

        ZoneSetting<BatchResult> bulk = ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE)
                .addItem("192.0.2.2", Vendor.OCI, "us-ashburn-1").addItem("192.0.2.3", Vendor.AWS, "mars-north-1").build());
        assertThat(bulk.value().succeeded()).hasSize(1);
        assertThat(bulk.value().failed()).hasSize(1);

        ZoneSetting<BatchResult> deleted = ocr.bulkDelete(BulkDeleteParams.builder().zoneId(ZONE)
                .addIp("192.0.2.2").addIp("198.51.100.1").build());
        assertThat(deleted.value().succeeded()).hasSize(1);
        assertThat(deleted.value().failed()).hasSize(1);

        assertThat(ocr.delete(DeleteParams.of(ZONE, "192.0.2.1")).value().vendor()).isEqualTo(Vendor.AWS);
        assertThat(fake.mappings(ZONE)).extracting(m -> m.ip().value()).containsExactly("2001:db8::1");
        assertThat(ocr.supportedRegions(SupportedRegionsParams.of(ZONE)).vendors().keySet())
                .containsExactlyInAnyOrder(Vendor.AWS, Vendor.AZURE, Vendor.GCP, Vendor.OCI);
        assertThat(fake.journal().last().orElseThrow().headers().firstValue("Authorization")).contains("Bearer [redacted]");
    }

    @BothFaces
    void apiErrorsBecomeTypedExceptions(Face face) {
        OriginCloudRegions ocr = ocr(face);
        Throwable missing = catchThrowable(() -> ocr.get(GetParams.of(ZONE, "192.0.2.1")));
        assertThat(missing).isInstanceOf(NotFoundException.class);
        assertThat(((ApiException) missing).hasCode(1142)).isTrue();

        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-west-2"));
        Throwable exists = catchThrowable(() -> ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1")
                .vendor(Vendor.AWS).region("us-east-1").build()));
        assertThat(exists).isInstanceOf(BadRequestException.class);
        assertThat(((ApiException) exists).hasCode(1145)).as("a first-attempt 1145 is a real conflict").isTrue();

        Throwable denied = catchThrowable(() -> ocr(face, RetryPolicy.defaults(), "unknown-token").list(ZONE));
        assertThat(denied).isInstanceOf(PermissionDeniedException.class);
        assertThat(((ApiException) denied).hasCode(10000)).isTrue();
        assertThat(denied.getMessage()).doesNotContain("unknown-token");
    }

    @BothFaces
    void retriesServerErrorsWithExponentialBackoff(Face face) {
        fake.faults().next(2, "GET", "**", Fault.status(503));
        OriginCloudRegions ocr = ocr(face);
        assertThat(ocr.list(ZONE).value()).isEmpty();
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        fake.journal().verify(3, "GET", "**");
    }

    @BothFaces
    void honoursRetryAfterAndGivesUpAfterMaxRetries(Face face) {
        fake.faults().next(1, "GET", "**", Fault.rateLimited(Duration.ofSeconds(3)))
                .next(1, "GET", "**", Fault.status(503, Map.of("retry-after-ms", "1500")))
                .next(1, "GET", "**", Fault.status(502));
        OriginCloudRegions ocr = ocr(face);
        Throwable e = catchThrowable(() -> ocr.list(ZONE));
        assertThat(e).isInstanceOf(InternalServerException.class);
        assertThat(((ApiException) e).status()).isEqualTo(502);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(1500));
        fake.journal().verify(3, "GET", "**");
    }

    @BothFaces
    void aRetryAfterAboveTheCapIsNotSleptButReported(Face face) {
        fake.faults().next(Fault.rateLimited(Duration.ofSeconds(300)));
        OriginCloudRegions ocr = ocr(face);
        Throwable e = catchThrowable(() -> ocr.list(ZONE));
        assertThat(e).isInstanceOf(RateLimitException.class);
        assertThat(((ApiException) e).retryAfter()).contains(Duration.ofSeconds(300));
        assertThat(((ApiException) e).hasCode(971)).isTrue();
        assertThat(sleeps).isEmpty();
        fake.journal().verify(1, "*", "**");
    }

    @BothFaces
    void aRetriedCreateThatAnswers1145IsASuccessWhenTheMappingMatches(Face face) {
        fake.faults().next(1, "POST", CREATE_PATH, Fault.truncatedBody());
        OriginCloudRegions ocr = ocr(face);
        ZoneSetting<Mapping> created = ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1")
                .vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(created.value().region()).isEqualTo("us-east-1");
        assertThat(fake.journal().all()).extracting(RecordedRequest::method).containsExactly("POST", "POST", "GET");
        assertThat(fake.mappings(ZONE)).hasSize(1);
    }

    @BothFaces
    void aDroppedConnectionIsRetriedEvenForCreateBecauseNothingLanded(Face face) {
        fake.faults().next(1, "POST", CREATE_PATH, Fault.dropConnection());
        OriginCloudRegions ocr = ocr(face);
        ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        assertThat(fake.journal().all()).extracting(RecordedRequest::method).containsExactly("POST", "POST");
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
    }

    @BothFaces
    void garbageBodiesGiveTypedErrors(Face face) {
        fake.faults().next(Fault.nonJsonBody()).next(Fault.htmlErrorPage(502));
        OriginCloudRegions ocr = ocr(face, RetryPolicy.none(), TOKEN);
        Throwable notJson = catchThrowable(() -> ocr.list(ZONE));
        assertThat(notJson).isInstanceOf(MalformedResponseException.class);
        assertThat(((MalformedResponseException) notJson).status()).isEqualTo(200);

        Throwable html = catchThrowable(() -> ocr.list(ZONE));
        assertThat(html).isInstanceOf(InternalServerException.class);
        assertThat(((ApiException) html).status()).isEqualTo(502);
        assertThat(((ApiException) html).bodyExcerpt().orElseThrow()).contains("html");
    }
}
