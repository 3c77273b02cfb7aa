package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reading a zone the fake never saw a write for leaves the store as it was: a client (or an
 * attacker) walking zone ids cannot grow the fake's memory. Counted through the store's size,
 * not by timing. The requests go straight into the engine both faces share (journal, faults,
 * routing, auth, handlers), which keeps 300,000 of them within a few seconds.
 */
@Timeout(120)
class ReadsCreateNoStateTest {
    private static final int ZONES = 300_000;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Every read, and every write that can change nothing, across both families: method, path suffix, body, status. */
    private record NoOp(String method, String suffix, String body, int status) {}

    private static final List<NoOp> NO_OPS = List.of(
            new NoOp("GET", "/cache/origin_cloud_regions", null, 200),
            new NoOp("GET", "/cache/origin_cloud_regions/192.0.2.1", null, 404),
            new NoOp("GET", "/cache/origin_cloud_regions/supported_regions", null, 200),
            new NoOp("GET", "/origin/cloud_regions", null, 200),
            new NoOp("GET", "/origin/cloud_regions/2001:db8::1", null, 404),
            new NoOp("GET", "/origin/cloud_regions/supported_regions", null, 200),
            new NoOp("DELETE", "/cache/origin_cloud_regions/192.0.2.1", null, 404),
            new NoOp("DELETE", "/origin/cloud_regions/192.0.2.1", null, 404),
            new NoOp("DELETE", "/origin/cloud_regions/batch", "[\"192.0.2.1\"]", 200),
            new NoOp("PUT", "/origin/cloud_regions/batch", "[{\"origin_ip\":\"nope\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}]", 200));

    /** Zone id number {@code i}: 32 lower-case hex digits. */
    private static String zoneId(int i) {
        char[] id = new char[32];
        java.util.Arrays.fill(id, '0');
        for (int j = 31; i != 0; j--, i >>>= 4) {
            id[j] = HEX[i & 15];
        }
        return new String(id);
    }

    @Test
    void hundredsOfThousandsOfReadsOnDistinctZonesLeaveNoZoneState() {
        try (FakeCloudflare fake = FakeTestSupport.newFake()) {
            HttpHeaders auth = HttpHeaders.builder().set("Authorization", "Bearer " + TOKEN).build();
            for (int i = 0; i < ZONES; i++) {
                NoOp op = NO_OPS.get(i % NO_OPS.size());
                String zone = zoneId(i);
                IncomingRequest req = new IncomingRequest(op.method(), "/client/v4/zones/" + zone + op.suffix(), "page=2&per_page=5",
                        auth, op.body() == null ? new byte[0] : op.body().getBytes(StandardCharsets.UTF_8));
                HttpResponse r = ((Outcome.Respond) fake.engine().handle(req)).response();
                if (r.status() != op.status()) {
                    throw new AssertionError(op + " on " + zone + " answered " + r.status() + ": "
                            + new String(r.body(), StandardCharsets.UTF_8));
                }
            }
            assertThat(fake.journal().all()).as("the requests did go through the engine's front door").isNotEmpty();
            assertThat(fake.storedZoneCount()).as("zone objects after " + ZONES + " reads on distinct zones").isZero();

            String seen = zoneId(1);
            assertThat(fake.zones()).isEmpty();
            assertThat(fake.mappings(seen)).isEmpty();
            assertThat(fake.zoneModifiedOn(seen)).isNull();
            assertThat(fake.storedZoneCount()).as("inspection creates nothing either").isZero();

            fake.seed(seen, FakeTestSupport.mapping("192.0.2.1", "aws", "us-east-1"));
            assertThat(fake.storedZoneCount()).as("a write does create the zone").isEqualTo(1);
        }
    }
}
