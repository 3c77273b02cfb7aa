package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Fault.ApplyThenFail}: the write lands, the client gets a failure instead of its answer,
 * so a retry meets the state the "failed" attempt left: v1 create 400/1145, v2 upsert 200.
 */
@Timeout(30)
class ApplyThenFailTest extends SharedFakeTest {
    private static final String IP = "192.0.2.1";
    private static final String V1_CREATE = "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";
    private static final String V2_PUT = "{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";
    private static final String V1_ROOT = "/zones/*/cache/origin_cloud_regions";

    @BothFaces
    void aV1CreateLandsThenAnswers503SoItsRetryGetsAlreadyExists(Face face) throws Exception {
        fake.faults().next(1, "POST", V1_ROOT, Fault.applyThenFail(Fault.status(503)));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp failed = w.send("POST", V1, V1_CREATE);
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.json()).containsEntry("success", false);
            assertThat(failed.errorCode(0)).isEqualTo(1000);
            assertThat(fake.mappings(ZONE)).as("the write landed").extracting(m -> m.ip().value()).containsExactly(IP);
            assertThat(fake.journal().all().get(0).status()).as("journaled with the status the client got").isEqualTo(503);

            Face.Resp retried = w.send("POST", V1, V1_CREATE);
            assertThat(retried.status()).isEqualTo(400);
            assertThat(retried.errorCode(0)).isEqualTo(1145);
            assertThat(fake.mappings(ZONE)).hasSize(1);
        }
    }

    @BothFaces
    void aV2UpsertLandsThenAnswers503AndItsRetrySucceeds(Face face) throws Exception {
        fake.faults().next(1, "PUT", "/zones/*/origin/cloud_regions/*", Fault.applyThenFail(Fault.status(503)));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.send("PUT", V2 + "/" + IP, V2_PUT).status()).isEqualTo(503);
            assertThat(fake.mappings(ZONE)).extracting(m -> m.region()).containsExactly("us-east-1");

            Face.Resp retried = w.send("PUT", V2 + "/" + IP, V2_PUT);
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.result()).containsEntry("origin_ip", IP).containsEntry("region", "us-east-1");
            assertThat(fake.mappings(ZONE)).hasSize(1);
        }
    }

    @BothFaces
    void aDroppedConnectionAfterTheWriteLooksLikeANetworkErrorButTheWriteLanded(Face face) throws Exception {
        fake.faults().next(1, "POST", V1_ROOT, Fault.applyThenFail(Fault.dropConnection()));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Throwable dropped = catchThrowable(() -> w.send("POST", V1, V1_CREATE));
            if (face == Face.IN_PROCESS) {
                assertThat(dropped).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TransportException.class);
            } else {
                assertThat(dropped).isInstanceOf(IOException.class);
            }
            assertThat(fake.mappings(ZONE)).as("the write landed").hasSize(1);
            assertThat(fake.journal().all().get(0).status()).as("no answer").isEqualTo(RecordedRequest.NO_ANSWER);
            assertThat(w.send("POST", V1, V1_CREATE).errorCode(0)).isEqualTo(1145);
        }
    }

    @BothFaces
    void aRequestTheHandlerRefusesStillGetsTheInjectedAnswerAndChangesNothing(Face face) throws Exception {
        fake.faults().next(Fault.applyThenFail(Fault.htmlErrorPage(502)));
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            Face.Resp r = w.send("POST", V1, "{\"ip\":\"not an ip\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
            assertThat(r.status()).isEqualTo(502);
            assertThat(r.body()).contains("cf-error-details");
            assertThat(fake.mappings(ZONE)).isEmpty();
        }
    }

    @BothFaces
    void theClientsRetriedCreateMeets1145AndReadsTheMappingBack(Face face) {
        fake.faults().next(1, "POST", V1_ROOT, Fault.applyThenFail(Fault.status(503)));
        try (HttpTransport transport = face == Face.IN_PROCESS ? fake.transport() : new JdkHttpTransport();
             CloudflareClient client = CloudflareClient.builder()
                     .baseUrl(face == Face.IN_PROCESS ? FakeCloudflare.IN_PROCESS_BASE_URL : fake.baseUrl())
                     .apiToken(TOKEN)
                     .transport(transport)
                     .sleeper(delay -> CompletableFuture.completedFuture(null))
                     .requestTimeout(Duration.ofSeconds(5))
                     .build()) {
            Mapping created = client.cache().originCloudRegions().create(CreateParams.builder().zoneId(ZONE).ip(IP)
                    .vendor(Vendor.AWS).region("us-east-1").build()).value();
            assertThat(created.region()).as("the retry's 1145 is read back as the success it was").isEqualTo("us-east-1");
            assertThat(fake.mappings(ZONE)).hasSize(1);
            assertThat(fake.journal().all()).extracting(RecordedRequest::method, RecordedRequest::status)
                    .as("the 503, the retry's 1145, the read-back")
                    .containsExactly(tuple("POST", 503), tuple("POST", 400),
                            tuple("GET", 200));
        }
    }

    @BothFaces
    void overTheControlApiTheAnswerDefaultsToA503Envelope(Face face) throws Exception {
        try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
            assertThat(w.send("POST", "/__fake/faults", "{\"method\":\"POST\",\"fault\":{\"type\":\"apply_then_fail\"}}").status())
                    .isEqualTo(200);
            assertThat(w.send("POST", "/__fake/faults",
                    "{\"method\":\"POST\",\"fault\":{\"type\":\"apply_then_fail\",\"answer\":{\"type\":\"drop_connection\"}}}").status())
                    .isEqualTo(200);
            assertThat(w.send("POST", V1, V1_CREATE).status()).isEqualTo(503);
            assertThat(fake.mappings(ZONE)).hasSize(1);
            assertThat(catchThrowable(() -> w.send("POST", V1, V1_CREATE.replace("192.0.2.1", "192.0.2.2")))).isNotNull();
            assertThat(fake.mappings(ZONE)).hasSize(2);
        }
    }

    @Test
    void anAnswerThatRunsTheHandlerItselfIsRefused() throws Exception {
        assertThatThrownBy(() -> Fault.applyThenFail(Fault.delay(Duration.ofMillis(5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ApplyThenFail answer").hasMessageContaining("Delay");
        assertThatThrownBy(() -> Fault.applyThenFail(Fault.truncatedBody())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.applyThenFail(Fault.applyThenFail(Fault.dropConnection())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.applyThenFail(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");

        try (Face.Wire w = Face.IN_PROCESS.wire(fake)) {
            Face.Resp r = w.send("POST", "/__fake/faults",
                    "{\"fault\":{\"type\":\"apply_then_fail\",\"answer\":{\"type\":\"delay\",\"millis\":5}}}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").toString()).contains("\"fault.answer\"").contains("\"delay\"");
            assertThat(fake.faults().pending()).isZero();
        }
    }
}
