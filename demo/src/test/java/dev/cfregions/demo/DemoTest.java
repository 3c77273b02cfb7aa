package dev.cfregions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The quick-start tour runs end to end and shows what it claims. */
class DemoTest {

    @Test
    @Timeout(60)
    void theTourRunsAgainstTheEmbeddedFake() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<Mapping> left = Demo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("client transport: okhttp")
                .contains("aws: ", "azure: ", "gcp: ", "oci: ")
                .contains("hasCode(1145)=true")
                .contains("IPv4 octet has a leading zero")
                .contains("failed 203.0.113.9")
                .contains("list succeeded after 3 attempts")
                .contains("deleted 2, failed 0");
        assertThat(left).extracting(m -> m.ip().value()).containsExactly("198.51.100.7", "::ffff:192.0.2.2");
    }
}
