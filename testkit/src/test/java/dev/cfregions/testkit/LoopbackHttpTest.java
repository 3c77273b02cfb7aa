package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake's own HTTP/1.1 server, byte by byte: what no HTTP library would send, framing, limits and deadlines. */
@Timeout(30)
class LoopbackHttpTest {
    private static final String AUTH = "Authorization: Bearer " + TOKEN + "\r\n";
    private static final String PATH = "/client/v4" + V1;
    private static final int READ_TIMEOUT_MS = 400;
    private static final int IDLE_TIMEOUT_MS = 1_000;
    /** The default deadlines, so a busy machine's pauses cannot trip the protocol tests. */
    private static FakeCloudflare fake;
    /** Short deadlines, for the tests of the deadlines. */
    private static FakeCloudflare hasty;

    @BeforeAll
    static void start() {
        fake = FakeCloudflare.builder().token(TOKEN, TokenScope.allZones()).build().start();
        hasty = FakeCloudflare.builder().token(TOKEN, TokenScope.allZones())
                .readTimeout(Duration.ofMillis(READ_TIMEOUT_MS)).idleTimeout(Duration.ofMillis(IDLE_TIMEOUT_MS)).build().start();
    }

    @AfterAll
    static void stop() {
        fake.close();
        hasty.close();
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static RawHttp connect() throws Exception {
        return new RawHttp(fake.port(), 5_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fe80::1%eth0", "[2001:db8::1]", "192.0.2.1%zz", "%", "192.0.2.1|1"})
    void aTargetThatIsNotAValidUriGetsCloudflaresEnvelope(String rawIp) throws Exception {
        try (RawHttp c = connect()) {
            for (String path : new String[] {PATH, "/client/v4" + FakeTestSupport.V2}) {
                for (String method : new String[] {"GET", "DELETE"}) {
                    RawHttp.Response r = c.send(method + " " + path + "/" + rawIp + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n").read();
                    assertThat(r.status()).as(method + " " + path + "/" + rawIp).isEqualTo(400);
                    assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
                    assertThat(r.json()).containsEntry("success", false);
                    assertThat(r.errorCode()).isEqualTo(1146);
                }
                assertThat(fake.journal().last().orElseThrow().path()).as("journaled as sent").isEqualTo(path + "/" + rawIp);
            }
        }
    }

    @Test
    void keepsTheConnectionAliveAndAnswersPipelinedRequestsInOrder() throws Exception {
        try (RawHttp c = connect()) {
            String get = "GET " + PATH + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n";
            String bad = "GET " + PATH + "/not-an-ip HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n";
            c.send(get + bad + get);
            assertThat(c.read().status()).isEqualTo(200);
            assertThat(c.read().status()).isEqualTo(400);
            assertThat(c.read().status()).isEqualTo(200);
            RawHttp.Response again = c.send(get).read();
            assertThat(again.status()).as("still open").isEqualTo(200);
            assertThat(again.headers().firstValue("Date").orElseThrow())
                    .matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT");
        }
        assertThat(fake.journal().count("GET", "**")).isEqualTo(4);
    }

    @Test
    void readsChunkedBodiesWithExtensionsAndTrailers() throws Exception {
        String json = "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";
        String chunked = "5;ext=1\r\n" + json.substring(0, 5) + "\r\n" + Integer.toHexString(json.length() - 5) + "\r\n"
                + json.substring(5) + "\r\n0\r\nX-Trailer: t\r\n\r\n";
        try (RawHttp c = connect()) {
            c.send("POST " + PATH + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            c.send(chunked.substring(0, 9)).send(chunked.substring(9)); // split mid-chunk
            RawHttp.Response r = c.read();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        assertThat(fake.mappings(FakeTestSupport.ZONE)).hasSize(1);
        assertThat(fake.journal().last().orElseThrow().body()).isEqualTo(json);
    }

    @Test
    void answers100ContinueBeforeTheBodyIsSent() throws Exception {
        String json = "{\"ip\":\"192.0.2.9\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}";
        try (RawHttp c = connect()) {
            c.send("POST " + PATH + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "Expect: 100-continue\r\nContent-Length: "
                    + json.length() + "\r\n\r\n");
            assertThat(c.read().status()).isEqualTo(100);
            RawHttp.Response r = c.send(json).read();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    @Test
    void refusesATooLargeBodyWithoutWaitingForIt() throws Exception {
        try (RawHttp c = connect()) {
            RawHttp.Response r = c.send("POST " + PATH + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "Expect: 100-continue\r\n"
                    + "Content-Length: " + (2 << 20) + "\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.errorCode()).isEqualTo(1146);
            assertThat(r.headers().firstValue("Connection")).contains("close");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawHttp c = connect()) {
            String chunk = Integer.toHexString(700_000) + "\r\n";
            RawHttp.Response r = c.send("POST " + PATH + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "Transfer-Encoding: chunked\r\n\r\n"
                    + chunk).send(new byte[700_000]).send("\r\n" + chunk).read();
            assertThat(r.status()).as("chunks past 1 MiB").isEqualTo(413);
        }
    }

    @Test
    void malformedRequestsGetAnEnvelopeAndACloseNotAHang() throws Exception {
        String[][] cases = {
                {"GET " + PATH + "\r\n\r\n", "400"},
                {"GET  " + PATH + " HTTP/1.1\r\n\r\n", "400"},
                {"G(T " + PATH + " HTTP/1.1\r\n\r\n", "400"},
                {"GET " + PATH + " HTTP/2.0\r\n\r\n", "505"},
                {"GET " + PATH + " HTTP/1.1\r\nNo-Colon\r\n\r\n", "400"},
                {"GET " + PATH + " HTTP/1.1\r\nX-Folded: a\r\n b\r\n\r\n", "400"},
                {"POST " + PATH + " HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", "400"},
                {"POST " + PATH + " HTTP/1.1\r\nContent-Length: -1\r\n\r\n", "400"},
                {"POST " + PATH + " HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", "400"},
                {"POST " + PATH + " HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", "501"},
                {"POST " + PATH + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "400"},
                {"GET " + PATH + " HTTP/1.1\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n", "431"},
        };
        for (String[] c : cases) {
            try (RawHttp raw = connect()) {
                RawHttp.Response r = raw.send(c[0]).read();
                assertThat(r.status()).as(c[0].substring(0, Math.min(60, c[0].length()))).isEqualTo(Integer.parseInt(c[1]));
                assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
                assertThat(r.errorCode()).isEqualTo(1146);
                assertThat(raw.closedByServer()).isTrue();
            }
        }
    }

    @Test
    void connectionCloseIsHonoured() throws Exception {
        try (RawHttp c = connect()) {
            RawHttp.Response r = c.send("GET " + PATH + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + AUTH + "\r\n").read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.headers().firstValue("Connection")).contains("close");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void aRequestThatStallsGets408AtTheReadDeadline() throws Exception {
        for (String half : new String[] {"GET " + PATH + " HTTP/1.1\r\nHost: x\r\n",
                "POST " + PATH + " HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"ip\":"}) {
            try (RawHttp c = new RawHttp(hasty.port(), 5_000)) {
                long start = System.nanoTime();
                RawHttp.Response r = c.send(half).read();
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                assertThat(r.status()).isEqualTo(408);
                assertThat(r.errorCode()).isEqualTo(1146);
                assertThat(tookMs).isBetween((long) READ_TIMEOUT_MS - 50, 4_000L);
                assertThat(c.closedByServer()).isTrue();
            }
        }
    }

    @Test
    void idleConnectionsAreClosedAfterTheIdleTimeout() throws Exception {
        long start = System.nanoTime();
        try (RawHttp fresh = new RawHttp(hasty.port(), 5_000); RawHttp used = new RawHttp(hasty.port(), 5_000)) {
            assertThat(used.send("GET " + PATH + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n").read().status()).isEqualTo(200);
            assertThat(fresh.closedByServer()).as("a connection that never sent a byte").isTrue();
            assertThat(used.closedByServer()).as("a kept-alive connection after its answer").isTrue();
            // both idle clocks started after `start`: at accept, and after the answer
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween((long) IDLE_TIMEOUT_MS, 5_000L);
        }
    }
}
