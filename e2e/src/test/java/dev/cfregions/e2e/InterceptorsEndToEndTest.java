package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.errors.InterceptorException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.intercept.AddedHeaders;
import dev.cfregions.core.intercept.AttemptRequest;
import dev.cfregions.core.intercept.AttemptResponse;
import dev.cfregions.core.intercept.Interceptor;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interceptors over every face, against the fake: each attempt seen in order (retries of scripted
 * 503s included, with the no-op sleeper), credentials redacted, added headers reaching the
 * server's journal, a change to an auth header refused before sending, and a throwing
 * interceptor failing only its call.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Face.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InterceptorsEndToEndTest extends EndToEndTest {
    private static final String ROOT = "/zones/*/origin/cloud_regions/*";
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final UpdateParams UPDATE = UpdateParams.builder().zoneId(EXAMPLE_ZONE_ID).ip("192.0.2.1")
            .vendor(Vendor.AWS).region("us-east-1").build();

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    /** Every request and response view an interceptor was shown, as text: where a token must never be. */
    private final List<String> visible = Collections.synchronizedList(new ArrayList<>());

    /** Records each callback as "name.stage#attempt[:status]" and everything it could read. */
    private final class Recorder implements Interceptor {
        private final String name;

        Recorder(String name) {
            this.name = name;
        }

        @Override
        public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
            see(request);
            events.add(name + ".before#" + request.attempt());
        }

        @Override
        public void afterAttempt(AttemptRequest request, AttemptResponse response) {
            see(request);
            visible.add(response.toString());
            response.headers().forEach((n, v) -> visible.add(n + ": " + v));
            events.add(name + ".after#" + request.attempt() + ":" + response.status());
        }

        @Override
        public void onAttemptFailure(AttemptRequest request, Throwable failure) {
            see(request);
            visible.add(failure.toString());
            events.add(name + ".failure#" + request.attempt() + ":" + failure.getClass().getSimpleName());
        }

        private void see(AttemptRequest request) {
            visible.add(request.toString());
            request.headers().forEach((n, v) -> visible.add(n + ": " + v));
        }
    }

    /** Adds {@code traceparent} and the attempt's number. */
    private static final class Tracing implements Interceptor {
        @Override
        public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
            headers.add("traceparent", TRACE).add("x-attempt", String.valueOf(request.attempt()));
        }
    }

    private CloudRegions cloudRegions(Interceptor... interceptors) {
        CloudflareClient.Builder b = builder(RetryPolicy.defaults(), Duration.ofSeconds(10));
        for (Interceptor i : interceptors) {
            b.addInterceptor(i);
        }
        client.close();
        client = b.build();
        return client.origin().cloudRegions();
    }

    @Test
    void everyAttemptIsSeenInOrderAndEachCarriesTheHeadersAddedForIt() {
        fake.faults().next(2, "PUT", ROOT, Fault.status(503));
        CloudRegions cr = cloudRegions(new Recorder("outer"), new Tracing(), new Recorder("inner"));
        assertThat(cr.update(UPDATE).region()).isEqualTo("us-east-1");

        assertThat(events).containsExactly(
                "outer.before#1", "inner.before#1", "inner.after#1:503", "outer.after#1:503",
                "outer.before#2", "inner.before#2", "inner.after#2:503", "outer.after#2:503",
                "outer.before#3", "inner.before#3", "inner.after#3:200", "outer.after#3:200");
        assertThat(delays).as("the retries went through the client's sleeper").hasSize(2);
        List<RecordedRequest> puts = fake.journal().matching("PUT", ROOT);
        assertThat(puts).extracting(r -> r.headers().firstValue("x-attempt").orElse("-")).containsExactly("1", "2", "3");
        assertThat(puts).allSatisfy(r -> assertThat(r.headers().firstValue("traceparent")).contains(TRACE));
        assertThat(puts).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
    }

    @Test
    void theTokenIsNeverVisibleToAnInterceptorYetReachesTheServer() {
        fake.faults().next(1, "PUT", ROOT, Fault.dropConnection());
        CloudRegions cr = cloudRegions(new Recorder("r"));
        cr.update(UPDATE);
        assertThat(events).containsExactly("r.before#1", "r.failure#1:TransportException", "r.before#2", "r.after#2:200");
        assertThat(visible).isNotEmpty().noneSatisfy(text -> assertThat(text).contains(TOKEN));
        assertThat(visible).contains("Authorization: " + AttemptRequest.REDACTED);
        // the server authenticated the retry, so the real token was sent
        assertThat(fake.journal().matching("PUT", ROOT)).extracting(RecordedRequest::status)
                .containsExactly(RecordedRequest.NO_ANSWER, 200);
    }

    @Test
    void changingAnAuthHeaderIsRefusedNamingItAndNothingIsSent() {
        CloudRegions cr = cloudRegions(new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                headers.add("Authorization", "Bearer someone-elses-token");
            }
        });
        InterceptorException e = catchThrowableOfType(InterceptorException.class, () -> cr.update(UPDATE));
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).value()).isEqualTo("Authorization");
        assertThat(e.getMessage()).contains("Authorization").doesNotContain("someone-elses-token");
        assertThat(fake.journal().all()).isEmpty();
    }

    @Test
    void aThrowingInterceptorFailsOnlyThatCallAndTheNextCallWorks() throws Exception {
        AtomicBoolean fail = new AtomicBoolean(true);
        CloudRegions cr = cloudRegions(new Interceptor() {
            @Override
            public void afterAttempt(AttemptRequest request, AttemptResponse response) {
                if (fail.getAndSet(false)) {
                    throw new IllegalStateException("metrics backend down");
                }
            }
        });
        fake.faults().next(1, "PUT", ROOT, Fault.status(503));
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> cr.updateAsync(UPDATE).get(10, TimeUnit.SECONDS));
        assertThat(e.getCause()).isInstanceOf(InterceptorException.class).hasRootCauseMessage("metrics backend down");
        assertThat(fake.journal().count("PUT", ROOT)).as("the wrapped failure was not retried").isEqualTo(1);

        fake.faults().next(1, "PUT", ROOT, Fault.status(503));
        assertThat(cr.update(UPDATE).region()).isEqualTo("us-east-1");
        assertThat(fake.journal().count("PUT", ROOT)).isEqualTo(3);
    }
}
