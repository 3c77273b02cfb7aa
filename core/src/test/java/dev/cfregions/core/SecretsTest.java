package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.TransportException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secrets never reach a message, a {@code toString} or a log line, even at the finest level. */
class SecretsTest {
    private static final String TOKEN = "cf-TOKEN-0123456789-do-not-leak";
    private static final String KEY = "globalkey-abcdef0123456789";
    private final List<String> logged = new ArrayList<>();
    private final Logger root = Logger.getLogger("dev.cfregions");
    private Level previous;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            String params = r.getParameters() == null ? "" : java.util.Arrays.toString(r.getParameters());
            logged.add(r.getMessage() + " " + params + " " + (r.getThrown() == null ? "" : stack(r.getThrown())));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLogs() {
        previous = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void release() {
        root.removeHandler(capture);
        root.setLevel(previous);
    }

    @Test
    void failuresAndLogsNeverContainTheTokenOrKey() {
        for (Credentials creds : List.of(Credentials.apiToken(TOKEN), Credentials.apiKey("ops@example.com", KEY))) {
            RecordingTransport t = new RecordingTransport()
                    .respondWithExample(400, "common-400-6003-invalid-headers.json")
                    .respondWithExample(403, "common-403-10000-auth-error.json")
                    .fail(new TransportException("connection reset"))
                    .fail(new TransportException("connection reset"))
                    .fail(new TransportException("connection reset"));
            TestClients.ManualClock clock = new TestClients.ManualClock();
            OriginCloudRegions ocr = CloudflareClient.builder().credentials(creds).transport(t).clock(clock)
                    .sleeper(new TestClients.RecordingSleeper(clock)).build().cache().originCloudRegions();
            List<Throwable> failures = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                failures.add(catchThrowable(() -> ocr.edit(EditParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS)
                        .region("us-east-1").build())));
            }
            assertThat(failures).hasSize(3).doesNotContainNull();
            for (Throwable f : failures) {
                assertThat(stack(f)).doesNotContain(TOKEN).doesNotContain(KEY);
            }
            assertThat(t.requests).hasSize(5);
            assertThat(t.requests.get(0).toString()).doesNotContain(TOKEN).doesNotContain(KEY);
            assertThat(t.requests.get(0).headers().toString()).doesNotContain(TOKEN).doesNotContain(KEY);
            assertThat(creds.toString()).doesNotContain(TOKEN).doesNotContain(KEY);
        }
        assertThat(logged).isNotEmpty();
        assertThat(String.join("\n", logged)).doesNotContain(TOKEN).doesNotContain(KEY);
    }

    @Test
    void aTokenWithATrailingNewlineIsRefusedWithoutShowingIt() {
        ConfigurationException e = (ConfigurationException) catchThrowable(() -> Credentials.apiToken(TOKEN + "\n"));
        assertThat(e.getMessage()).contains("line feed").doesNotContain(TOKEN);
    }

    private static String stack(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
