package dev.cfregions.core;

import static dev.cfregions.core.TestClients.TOKEN;
import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.RateLimitException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Per-call options through {@code withOptions}: both families, blocking and async, with raw responses, for that call only. */
class RequestOptionsTest {
    private static final String V2_OK = "{\"success\":true,\"errors\":[],\"messages\":[],"
            + "\"result\":{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}}";
    private static final EditParams EDIT = EditParams.builder().zoneId(ZONE).ip("2001:db8::1").region("us-central1")
            .vendor(Vendor.GCP).build();
    private static final UpdateParams UPDATE = UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS)
            .region("us-east-1").build();
    private static final RequestOptions TRACED = RequestOptions.builder().timeout(Duration.ofSeconds(5))
            .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").build();

    private RecordingTransport transport;
    private TestClients.RecordingSleeper sleeper;
    private OriginCloudRegions ocr;
    private CloudRegions cr;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        TestClients.ManualClock clock = new TestClients.ManualClock();
        sleeper = new TestClients.RecordingSleeper(clock);
        CloudflareClient client = TestClients.builder(transport, clock, sleeper).requestTimeout(Duration.ofSeconds(30))
                .retryPolicy(RetryPolicy.builder().maxRetries(2).build()).build();
        ocr = client.cache().originCloudRegions();
        cr = client.origin().cloudRegions();
    }

    @Test
    void v1EditGetsTheTimeoutAndHeaderAndTheNextPlainCallTheClientsDefaults() {
        transport.respondWithExample(200, "v1-edit-200.json").respondWithExample(200, "v1-edit-200.json");
        ZoneSetting<List<Mapping>> withOptions = ocr.withOptions(TRACED).edit(EDIT);
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(transport.last().headers().firstValue("traceparent")).hasValueSatisfying(v -> assertThat(v).startsWith("00-4bf9"));
        assertThat(transport.last().headers().firstValue("Authorization")).contains("Bearer " + TOKEN);
        assertThat(transport.last().headers().firstValue("Content-Type")).contains("application/json");

        assertThat(ocr.edit(EDIT)).isEqualTo(withOptions);
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(transport.last().headers().contains("traceparent")).isFalse();
    }

    @Test
    void v2AsyncUpdateWithNoRetriesStopsAtTheFirstAnswerWhileThePlainHandleStillRetries() throws Exception {
        transport.respondWithExample(429, "common-429-971-rate-limited.json");
        var noRetries = cr.withOptions(RequestOptions.builder().maxRetries(0).build());
        assertThatThrownBy(() -> noRetries.updateAsync(UPDATE).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RateLimitException.class);
        assertThat(transport.requests).hasSize(1);
        assertThat(sleeper.delays).isEmpty();

        transport.respondWithExample(429, "common-429-971-rate-limited.json").respond(200, V2_OK);
        assertThat(cr.updateAsync(UPDATE).get(5, TimeUnit.SECONDS).region()).isEqualTo("us-east-1");
        assertThat(transport.requests).hasSize(3);
        assertThat(sleeper.delays).hasSize(1);
    }

    @Test
    void aTotalDeadlineCapsEachAttemptOfThatCallOnly() {
        transport.respond(200, V2_OK).respond(200, V2_OK);
        cr.withOptions(RequestOptions.builder().totalDeadline(Duration.ofSeconds(2)).build()).update(UPDATE);
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(2));
        cr.update(UPDATE);
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void optionsAndRawResponsesComposeInEitherOrderForBothFamilies() {
        transport.respondWithExample(200, "v1-edit-200.json", "cf-ray", "r1").respondWithExample(200, "v1-edit-200.json", "cf-ray", "r2")
                .respond(200, V2_OK, "cf-ray", "r3").respond(200, V2_OK, "cf-ray", "r4");
        RawResponse<ZoneSetting<List<Mapping>>> a = ocr.withOptions(TRACED).withRawResponse().edit(EDIT);
        assertTraced();
        RawResponse<ZoneSetting<List<Mapping>>> b = ocr.withRawResponse().withOptions(TRACED).edit(EDIT);
        assertTraced();
        RawResponse<Mapping> c = cr.withOptions(TRACED).withRawResponse().update(UPDATE);
        assertTraced();
        RawResponse<Mapping> d = cr.withRawResponse().withOptions(TRACED).update(UPDATE);
        assertTraced();
        assertThat(List.of(a.cfRay(), b.cfRay(), c.cfRay(), d.cfRay())).extracting(o -> o.orElseThrow())
                .containsExactly("r1", "r2", "r3", "r4");
        assertThat(b.value()).isEqualTo(a.value());
        assertThat(d.value()).isEqualTo(c.value());
    }

    @Test
    void viewsStackWithTheLaterOptionsWinningAndUnsetOnesKept() {
        transport.respond(200, V2_OK);
        cr.withOptions(TRACED).withOptions(RequestOptions.builder().header("X-Request-Id", "42").build()).update(UPDATE);
        assertTraced();
        assertThat(transport.last().headers().firstValue("x-request-id")).contains("42");
    }

    /** Retries 3 times, 10 ms doubling: a backoff nothing else in this test uses. */
    private static final RetryPolicy QUICK = RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ofMillis(10)).build();

    /** One write on each family, blocking and async, plain or raw: every way a call goes through a view. */
    enum Shape {
        V1, V1_ASYNC, V1_RAW, V1_RAW_ASYNC, V2, V2_ASYNC, V2_RAW, V2_RAW_ASYNC;

        /** Makes the call through a view with {@code options}, or through the plain handle when null. */
        Object call(RequestOptionsTest t, RequestOptions options) throws Exception {
            OriginCloudRegions v1 = options == null ? t.ocr : t.ocr.withOptions(options);
            CloudRegions v2 = options == null ? t.cr : t.cr.withOptions(options);
            return switch (this) {
                case V1 -> v1.edit(EDIT);
                case V1_ASYNC -> join(v1.editAsync(EDIT));
                case V1_RAW -> v1.withRawResponse().edit(EDIT).value();
                case V1_RAW_ASYNC -> join(v1.withRawResponse().editAsync(EDIT)).value();
                case V2 -> v2.update(UPDATE);
                case V2_ASYNC -> join(v2.updateAsync(UPDATE));
                case V2_RAW -> v2.withRawResponse().update(UPDATE).value();
                case V2_RAW_ASYNC -> join(v2.withRawResponse().updateAsync(UPDATE)).value();
            };
        }

        private static <T> T join(CompletableFuture<T> f) throws Exception {
            try {
                return f.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw (Exception) e.getCause();
            }
        }

        RecordingTransport respondOk(RecordingTransport transport) {
            return name().startsWith("V1") ? transport.respondWithExample(200, "v1-edit-200.json") : transport.respond(200, V2_OK);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aViewWithRetryPolicyNoneMakesOneAttemptWhileThePlainHandleStillRetries(Shape shape) throws Exception {
        transport.respond(503, "{}").respond(503, "{}");
        Throwable e = catchThrowable(() -> shape.call(this, RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()));
        assertThat(e).isInstanceOfSatisfying(ApiException.class, a -> assertThat(a.status()).isEqualTo(503));
        assertThat(transport.requests).hasSize(1);
        assertThat(transport.unanswered()).isEqualTo(1);
        assertThat(sleeper.delays).isEmpty();

        transport.requests.clear();
        shape.respondOk(transport.respond(503, "{}"));
        assertThat(shape.call(this, null)).isNotNull();
        assertThat(transport.requests).hasSize(3);
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aViewsRetryPolicyGivesThatCallItsRetriesAndBackoffAndTheNextPlainCallTheClients(Shape shape) throws Exception {
        shape.respondOk(transport.respond(503, "{}").respond(503, "{}").respond(503, "{}"));
        assertThat(shape.call(this, RequestOptions.builder().retryPolicy(QUICK).build())).isNotNull();
        assertThat(transport.requests).hasSize(4);
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));

        transport.requests.clear();
        sleeper.delays.clear();
        transport.respond(503, "{}").respond(503, "{}").respond(503, "{}");
        assertThat(catchThrowable(() -> shape.call(this, null))).isInstanceOf(ApiException.class);
        assertThat(transport.requests).hasSize(3);
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void maxRetriesSetBesideARetryPolicyWinsInWhateverOrderTheyWereSet(boolean policyFirst) {
        RequestOptions o = policyFirst ? RequestOptions.builder().retryPolicy(QUICK).maxRetries(1).build()
                : RequestOptions.builder().maxRetries(1).retryPolicy(QUICK).build();
        transport.respond(503, "{}").respond(503, "{}").respond(200, V2_OK);
        assertThatThrownBy(() -> cr.withOptions(o).update(UPDATE)).isInstanceOf(ApiException.class);
        assertThat(transport.requests).hasSize(2);
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(10));
    }

    @Test
    void aRetryPolicysDeadlineHoldsForThatCallAndATotalDeadlineBesideItWins() {
        RetryPolicy threeSeconds = QUICK.toBuilder().totalDeadline(Duration.ofSeconds(3)).build();
        transport.respond(200, V2_OK).respond(200, V2_OK).respond(200, V2_OK);
        cr.withOptions(RequestOptions.builder().retryPolicy(threeSeconds).build()).update(UPDATE);
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(3));
        cr.withOptions(RequestOptions.builder().totalDeadline(Duration.ofSeconds(2)).retryPolicy(threeSeconds).build()).update(UPDATE);
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(2));
        cr.update(UPDATE);
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aLaterViewsRetryPolicyReplacesAnEarlierViewsRetries() {
        transport.respond(503, "{}").respond(503, "{}").respond(503, "{}").respond(200, V2_OK);
        var view = cr.withOptions(RequestOptions.builder().maxRetries(0).build())
                .withOptions(RequestOptions.builder().retryPolicy(QUICK).build());
        assertThat(view.update(UPDATE).region()).isEqualTo("us-east-1");
        assertThat(sleeper.delays).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
    }

    private void assertTraced() {
        assertThat(transport.last().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(transport.last().headers().contains("traceparent")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "x-auth-key", "X-Auth-Email", "content-type", "Content-Length", "Host", "Accept",
        "User-Agent", "Transfer-Encoding"})
    void headersTheClientOwnsAreRefusedByName(String name) {
        assertThatThrownBy(() -> RequestOptions.builder().header(name, "Bearer other"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("header");
                    assertThat(e.value()).isEqualTo(name);
                    assertThat(e.getMessage()).doesNotContain("Bearer other");
                });
    }

    @Test
    void badHeadersAndDurationsAreRefusedWithTheFieldNamedAndTheValueNotEchoed() {
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", "a\r\nAuthorization: Bearer x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line break").hasMessageNotContaining("Bearer x");
        assertThatThrownBy(() -> RequestOptions.builder().header("bad name", "v")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("timeout"));
        assertThatThrownBy(() -> RequestOptions.builder().totalDeadline(Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("totalDeadline"));
        assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxRetries"));
        assertThatThrownBy(() -> RequestOptions.builder().retryPolicy(null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("retryPolicy"));
        assertThatThrownBy(() -> cr.withOptions(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void optionsAreImmutableValues() {
        RequestOptions.Builder b = TRACED.toBuilder();
        RequestOptions copy = b.build();
        b.header("X-Later", "1");
        assertThat(copy).isEqualTo(TRACED).hasSameHashCodeAs(TRACED);
        assertThat(copy.headers()).doesNotContainKey("X-Later");
        assertThatThrownBy(() -> copy.headers().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(TRACED.toString()).contains("traceparent").doesNotContain("4bf92f");
        assertThat(RequestOptions.none().timeout()).isEmpty();
        assertThat(RequestOptions.none().retryPolicy()).isEmpty();
        RequestOptions quick = TRACED.toBuilder().retryPolicy(QUICK).build();
        assertThat(quick.toBuilder().build()).isEqualTo(quick).hasSameHashCodeAs(quick).isNotEqualTo(TRACED);
        assertThat(quick.retryPolicy()).contains(QUICK);
        assertThat(quick.toString()).contains("maxRetries=3");
    }
}
