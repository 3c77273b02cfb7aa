package dev.cfregions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The quick-start tour runs end to end and shows what it claims. */
class DemoTest {

    @Test
    @Timeout(120)
    void theTourRunsAgainstTheEmbeddedFake() {
        Cli.Result r = new Cli().run("demo", "--mappings", "1234");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("client transport: okhttp")
                .contains("aws: ", "azure: ", "gcp: ", "oci: ")
                .contains("2001:db8::1", "gcp    us-central1")
                .contains("IPv4 octet has a leading zero")
                .contains("ok     198.51.100.7", "failed 203.0.113.9")
                .contains("plan: 1234 to create, 0 to update, 2 to delete, in 14 batch writes")
                .contains("applied: 1234 created, 2 deleted, 14 write requests (the fake's journal saw 14 requests)")
                .contains("the same sync again: 0 writes, 1234 unchanged")
                .contains("after 3 attempts (budget: 3)")
                .contains("NotFoundException status 404, code 1142")
                .contains("The zone now holds 1234 mappings.");
        assertThat(r.err()).isEmpty();
    }
}
