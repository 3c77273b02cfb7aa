package dev.cfregions.core;

import static dev.cfregions.core.TestClients.TOKEN;
import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.errors.InterceptorException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.intercept.AddedHeaders;
import dev.cfregions.core.intercept.AttemptRequest;
import dev.cfregions.core.intercept.AttemptResponse;
import dev.cfregions.core.intercept.Interceptor;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.TransportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interceptors on the client builder: each attempt seen, in order, redacted, headers added, failures wrapped. */
class InterceptorTest {
    private static final String V2_OK = "{\"success\":true,\"errors\":[],\"messages\":[],"
            + "\"result\":{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}}";
    private static final String V2_503 = "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"busy\"}],"
            + "\"messages\":[],\"result\":null}";
    private static final GetParams GET = GetParams.of(ZONE, "192.0.2.1");
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final RecordingTransport transport = new RecordingTransport();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private CloudRegions cloudRegions(Interceptor... interceptors) {
        TestClients.ManualClock clock = new TestClients.ManualClock();
        CloudflareClient.Builder b = TestClients.builder(transport, clock, new TestClients.RecordingSleeper(clock));
        for (Interceptor i : interceptors) {
            b.addInterceptor(i);
        }
        return b.build().origin().cloudRegions();
    }

    /** Records every callback as "name.stage#attempt[:status|:failure]". */
    private final class Recorder implements Interceptor {
        final String name;
        final List<AttemptRequest> seen = Collections.synchronizedList(new ArrayList<>());

        Recorder(String name) {
            this.name = name;
        }

        @Override
        public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
            seen.add(request);
            events.add(name + ".before#" + request.attempt());
        }

        @Override
        public void afterAttempt(AttemptRequest request, AttemptResponse response) {
            seen.add(request);
            events.add(name + ".after#" + request.attempt() + ":" + response.status());
        }

        @Override
        public void onAttemptFailure(AttemptRequest request, Throwable failure) {
            seen.add(request);
            events.add(name + ".failure#" + request.attempt() + ":" + failure.getClass().getSimpleName());
        }
    }

    @Test
    void requestSideRunsInTheOrderAddedAndResponseSideInReverse() {
        transport.respond(200, V2_OK);
        cloudRegions(new Recorder("a"), new Recorder("b"), new Recorder("c")).get(GET);
        assertThat(events).containsExactly("a.before#1", "b.before#1", "c.before#1", "c.after#1:200", "b.after#1:200",
                "a.after#1:200");
    }

    @Test
    void everyRetryAttemptIsSeenWithItsNumberAndStatus() {
        transport.respond(503, V2_503).fail(new TransportException("connection reset")).respond(200, V2_OK);
        assertThat(cloudRegions(new Recorder("a")).get(GET).vendor()).isEqualTo(Vendor.AWS);
        assertThat(events).containsExactly("a.before#1", "a.after#1:503", "a.before#2", "a.failure#2:TransportException",
                "a.before#3", "a.after#3:200");
        assertThat(transport.requests).hasSize(3);
    }

    @Test
    void anAddedHeaderReachesTheTransportAndTheInterceptorsAfterIt() {
        transport.respond(200, V2_OK);
        Recorder after = new Recorder("after");
        Interceptor tracing = new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                headers.add("traceparent", TRACE).add("x-attempt", String.valueOf(request.attempt()));
            }
        };
        cloudRegions(tracing, after).get(GET);
        assertThat(transport.last().headers().firstValue("traceparent")).contains(TRACE);
        assertThat(transport.last().headers().firstValue("x-attempt")).contains("1");
        assertThat(transport.last().headers().firstValue("Authorization")).contains("Bearer " + TOKEN);
        // the next interceptor's beforeAttempt and every afterAttempt see the request as sent
        assertThat(after.seen).allSatisfy(r -> assertThat(r.headers().firstValue("traceparent")).contains(TRACE));
    }

    @Test
    void anAddedHeaderJoinsOneOfTheSameNameFromRequestOptions() {
        transport.respond(200, V2_OK);
        CloudRegions cr = cloudRegions(new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                headers.add("baggage", "from=interceptor");
            }
        });
        cr.withOptions(RequestOptions.builder().header("baggage", "from=options").build()).get(GET);
        assertThat(transport.last().headers().allValues("baggage")).containsExactly("from=options", "from=interceptor");
    }

    @Test
    void theInterceptorSeesCredentialsOnlyAsRedacted() {
        transport.respond(200, V2_OK);
        Recorder r = new Recorder("r");
        cloudRegions(r).get(GET);
        AttemptRequest seen = r.seen.get(0);
        assertThat(seen.headers().firstValue("Authorization")).contains(AttemptRequest.REDACTED);
        assertThat(seen.headers().firstValue("User-Agent")).hasValueSatisfying(v -> assertThat(v).startsWith("cfregions-java/"));
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.uri().toString()).isEqualTo(TestClients.V2_ROOT + "/192.0.2.1");
        assertThat(everythingVisible(seen)).doesNotContain(TOKEN);
    }

    @Test
    void anApiKeysEmailAndKeyAreRedactedToo() {
        transport.respond(200, V2_OK);
        Recorder r = new Recorder("r");
        TestClients.ManualClock clock = new TestClients.ManualClock();
        CloudflareClient client = TestClients.builder(transport, clock, new TestClients.RecordingSleeper(clock))
                .apiKey("ops@example.com", "k3y-S3cret-123").addInterceptor(r).build();
        client.origin().cloudRegions().get(GET);
        AttemptRequest seen = r.seen.get(0);
        assertThat(seen.headers().firstValue("X-Auth-Email")).contains(AttemptRequest.REDACTED);
        assertThat(seen.headers().firstValue("X-Auth-Key")).contains(AttemptRequest.REDACTED);
        assertThat(everythingVisible(seen)).doesNotContain("k3y-S3cret-123", "ops@example.com");
        assertThat(transport.last().headers().firstValue("X-Auth-Key")).contains("k3y-S3cret-123");
    }

    /** Everything an interceptor can read from a request view, as text. */
    private static String everythingVisible(AttemptRequest r) {
        StringBuilder sb = new StringBuilder(r.toString()).append(r.headers()).append(r.uri()).append(r.method());
        r.headers().forEach((n, v) -> sb.append(n).append(':').append(v).append('\n'));
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "x-auth-key", "X-Auth-Email", "Content-Type", "content-length", "Host",
        "User-Agent", "Accept", "Transfer-Encoding"})
    void addingAHeaderTheClientOwnsFailsThatCallNamingItAndSendsNothing(String name) {
        CloudRegions cr = cloudRegions(new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                headers.add(name, "Bearer stolen-value");
            }
        });
        InterceptorException e = catchThrowableOfType(InterceptorException.class, () -> cr.get(GET));
        assertThat(e.stage()).isEqualTo("beforeAttempt");
        assertThat(e.attempt()).isEqualTo(1);
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        ValidationException cause = (ValidationException) e.getCause();
        assertThat(cause.field()).isEqualTo("header");
        assertThat(cause.value()).isEqualTo(name);
        assertThat(e.getMessage()).contains(name).doesNotContain("stolen-value");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void aValueWithALineBreakIsRefusedWithoutEchoingIt() {
        CloudRegions cr = cloudRegions(new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                headers.add("x-note", "secret\r\nX-Injected: 1");
            }
        });
        InterceptorException e = catchThrowableOfType(InterceptorException.class, () -> cr.get(GET));
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(e.getMessage()).contains("x-note").doesNotContain("secret");
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void aThrowingInterceptorFailsOnlyThatCallAndIsNotRetried() {
        AtomicReference<RuntimeException> toThrow = new AtomicReference<>(new IllegalStateException("metrics backend down"));
        Interceptor flaky = new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                RuntimeException e = toThrow.getAndSet(null);
                if (e != null) {
                    throw e;
                }
            }
        };
        CloudRegions cr = cloudRegions(new Recorder("outer"), flaky);
        InterceptorException e = catchThrowableOfType(InterceptorException.class, () -> cr.get(GET));
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("metrics backend down");
        assertThat(e.interceptor()).isEqualTo(flaky.getClass().getName());
        assertThat(transport.requests).as("nothing sent, nothing retried").isEmpty();
        // the outer interceptor, whose beforeAttempt ran, hears of the failure
        assertThat(events).containsExactly("outer.before#1", "outer.failure#1:InterceptorException");

        transport.respond(200, V2_OK);
        assertThat(cr.get(GET).vendor()).isEqualTo(Vendor.AWS);
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void aThrowOnTheResponseSideFailsTheCallEvenWhenTheStatusWouldBeRetried() throws Exception {
        transport.respond(503, V2_503).respond(200, V2_OK);
        Recorder outer = new Recorder("outer");
        Interceptor inner = new Interceptor() {
            @Override
            public void afterAttempt(AttemptRequest request, AttemptResponse response) {
                throw new IllegalArgumentException("cannot parse " + response.status());
            }
        };
        CloudRegions cr = cloudRegions(outer, inner);
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> cr.getAsync(GET).get(5, TimeUnit.SECONDS));
        assertThat(e.getCause()).isInstanceOf(InterceptorException.class);
        InterceptorException ie = (InterceptorException) e.getCause();
        assertThat(ie.stage()).isEqualTo("afterAttempt");
        assertThat(ie.getCause()).hasMessage("cannot parse 503");
        assertThat(transport.requests).as("the 503 was not retried").hasSize(1);
        assertThat(events).containsExactly("outer.before#1", "outer.failure#1:InterceptorException");
    }

    @Test
    void aThrowOnTheFailureSideReplacesTheTransportFailureWhichIsKeptAsSuppressed() {
        transport.fail(new TransportException("connection reset")).respond(200, V2_OK);
        CloudRegions cr = cloudRegions(new Interceptor() {
            @Override
            public void onAttemptFailure(AttemptRequest request, Throwable failure) {
                throw new UnsupportedOperationException("no");
            }
        });
        InterceptorException e = catchThrowableOfType(InterceptorException.class, () -> cr.get(GET));
        assertThat(e.stage()).isEqualTo("onAttemptFailure");
        assertThat(e.getSuppressed()).anySatisfy(s -> assertThat(s).isInstanceOf(TransportException.class)
                .hasMessage("connection reset"));
        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void theFirstInterceptorToThrowIsWhatTheCallFailsWith() {
        Interceptor outer = new Interceptor() {
            @Override
            public void onAttemptFailure(AttemptRequest request, Throwable failure) {
                throw new IllegalStateException("second");
            }
        };
        Interceptor inner = new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                throw new IllegalStateException("first");
            }
        };
        InterceptorException e = catchThrowableOfType(InterceptorException.class, () -> cloudRegions(outer, inner).get(GET));
        assertThat(e.getCause()).hasMessage("first");
        assertThat(e.getSuppressed()).anySatisfy(s -> assertThat(s).hasMessage("second"));
    }

    @Test
    void headersCannotBeAddedAfterBeforeAttemptReturned() {
        transport.respond(200, V2_OK).respond(200, V2_OK);
        AtomicReference<AddedHeaders> kept = new AtomicReference<>();
        CloudRegions cr = cloudRegions(new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                kept.set(headers);
            }
        });
        cr.get(GET);
        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, () -> kept.get().add("x-late", "1"));
        assertThat(e).hasMessageContaining("beforeAttempt");
        cr.get(GET);
        assertThat(transport.last().headers().contains("x-late")).isFalse();
    }

    @Test
    void withTheRateLimiterAndAfterCloseTheSharedStagesStillHold() {
        transport.respond(429, V2_503, "Retry-After", "2").respond(200, V2_OK);
        TestClients.ManualClock clock = new TestClients.ManualClock();
        TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper(clock);
        CloudflareClient client = TestClients.builder(transport, clock, sleeper).rateLimit(10, java.time.Duration.ofMinutes(1))
                .addInterceptor(new Recorder("r")).build();
        assertThat(client.origin().cloudRegions().get(GET).vendor()).isEqualTo(Vendor.AWS);
        assertThat(events).containsExactly("r.before#1", "r.after#1:429", "r.before#2", "r.after#2:200");
        assertThat(sleeper.delays).as("the retry waited for Retry-After").contains(java.time.Duration.ofSeconds(2));
        client.close();
        events.clear();
        assertThat(catchThrowableOfType(dev.cfregions.core.errors.ClientClosedException.class,
                () -> client.origin().cloudRegions().get(GET))).isNotNull();
        assertThat(transport.requests).hasSize(2);
    }

    @Test
    void theV1FamilyGoesThroughTheSameInterceptors() {
        transport.respondWithExample(200, "v1-edit-200.json");
        Recorder r = new Recorder("r");
        TestClients.ManualClock clock = new TestClients.ManualClock();
        CloudflareClient client = TestClients.builder(transport, clock, new TestClients.RecordingSleeper(clock))
                .addInterceptor(r).build();
        client.cache().originCloudRegions().edit(dev.cfregions.core.cache.EditParams.builder().zoneId(ZONE).ip("2001:db8::1")
                .region("us-central1").vendor(Vendor.GCP).build());
        assertThat(events).containsExactly("r.before#1", "r.after#1:200");
        assertThat(r.seen.get(0).method()).isEqualTo("PATCH");
        assertThat(r.seen.get(0).uri().toString()).isEqualTo(TestClients.ROOT);
    }

    @Test
    void aCancelledCallIsHeardAsTheAttemptsFailure() {
        transport.hang();
        java.util.concurrent.CompletableFuture<?> call = cloudRegions(new Recorder("r")).getAsync(GET);
        assertThat(events).containsExactly("r.before#1");
        call.cancel(true);
        assertThat(transport.pending.get(0).isCancelled()).as("the cancel reached the transport").isTrue();
        assertThat(events).containsExactly("r.before#1", "r.failure#1:CancellationException");
    }

    @Test
    void writesAreSeenWithTheirBodyLengthAndContentType() {
        transport.respond(200, V2_OK);
        Recorder r = new Recorder("r");
        cloudRegions(r).update(UpdateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
        AttemptRequest seen = r.seen.get(0);
        assertThat(seen.method()).isEqualTo("PUT");
        assertThat(seen.bodyLength()).isEqualTo(transport.last().bodyLength()).isPositive();
        assertThat(seen.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void theViewsAreValuesAndTheirToStringShowsNoHeaderValue() {
        HttpRequest request = HttpRequest.builder().uri(java.net.URI.create(TestClients.V2_ROOT))
                .headers(dev.cfregions.core.spi.HttpHeaders.builder().add("Authorization", "Bearer " + TOKEN)
                        .add("x-mine", "private-value").build()).build();
        AttemptRequest a = AttemptRequest.of(request, 2);
        assertThat(a).isEqualTo(AttemptRequest.of(request, 2)).hasSameHashCodeAs(AttemptRequest.of(request, 2))
                .isNotEqualTo(AttemptRequest.of(request, 3));
        assertThat(a.toString()).contains("attempt 2", "GET", "Authorization", "x-mine").doesNotContain(TOKEN, "private-value");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> AttemptRequest.of(request, 0)))
                .hasMessageContaining("attempt");
    }
}
