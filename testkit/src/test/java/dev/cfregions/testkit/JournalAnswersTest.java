package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The journal keeps each request's answer status and time, in Java and over {@code GET /__fake/journal}. */
@Timeout(30)
class JournalAnswersTest {
    private final FakeCloudflare fake = FakeTestSupport.newFake();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void eachRequestKeepsItsStatusAndTimeOnTheFakesClock() throws Exception {
        fake.start();
        try (Face.Wire w = Face.LOOPBACK.wire(fake).bearer(FakeTestSupport.TOKEN)) {
            w.get(V2);
            fake.advanceClock(Duration.ofSeconds(5));
            w.get(V2 + "/192.0.2.9");
            fake.faults().next(Fault.status(503));
            w.get(V1);
            fake.faults().next(Fault.dropConnection());
            try {
                w.get(V1);
            } catch (Exception dropped) {
                // the connection was dropped: no answer (the JDK client may retry the GET once; that one is answered)
            }

            List<RecordedRequest> all = fake.journal().all();
            assertThat(all).extracting(RecordedRequest::status).startsWith(200, 404, 503, RecordedRequest.NO_ANSWER);
            assertThat(all.get(0).receivedAt()).isEqualTo(FakeTestSupport.T0);
            assertThat(all.get(1).receivedAt()).isEqualTo(FakeTestSupport.T0.plusSeconds(5));

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> wire = (List<Map<String, Object>>) w.get("/__fake/journal").json().get("requests");
            assertThat(wire).extracting(r -> String.valueOf(r.get("status"))).startsWith("200", "404", "503", "null");
            assertThat(wire.get(1)).containsEntry("received_at", "2026-03-01T12:00:05Z");
        }
    }
}
