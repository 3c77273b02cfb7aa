package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.V1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The stand-alone server ({@link FakeCloudflareMain}) in a child JVM with a 128 MiB heap, as a
 * careless or hostile client would treat it: a thousand stalled requests, and hundreds of
 * megabytes of request bodies. It must keep answering everyone else.
 */
@Timeout(120)
class StandAloneStressTest {
    private static final String TOKEN = "stress-token";
    private static final int READ_TIMEOUT_MS = 4_000;
    private static final String PATH = "/client/v4" + V1;
    private static final String AUTH = "Authorization: Bearer " + TOKEN + "\r\n";
    private static Process child;
    private static int port;
    private static final LinkedBlockingQueue<String> output = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startChildJvm() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        child = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), FakeCloudflareMain.class.getName(),
                "--port", "0", "--token", TOKEN, "--read-timeout-ms", String.valueOf(READ_TIMEOUT_MS)))
                .redirectErrorStream(true).start();
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    output.add(line);
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        }, "stand-alone-output");
        drain.setDaemon(true);
        drain.start();
        String line = output.poll(30, TimeUnit.SECONDS);
        assertThat(line).matches("FakeCloudflare listening on http://127\\.0\\.0\\.1:\\d+/client/v4");
        port = Integer.parseInt(line.replaceAll(".*:(\\d+)/client/v4$", "$1"));
        try (RawHttp warmUp = new RawHttp(port, 10_000)) {
            assertThat(warmUp.send(get()).read().status()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stopChildJvm() throws Exception {
        child.destroy();
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
    }

    private static String get() {
        return "GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH + "\r\n";
    }

    @Test
    void aThousandStalledClientsNeitherStarveOthersNorStayOpen() throws Exception {
        List<RawHttp> stalled = new ArrayList<>();
        ThreadPoolExecutor others = (ThreadPoolExecutor) Executors.newFixedThreadPool(16);
        others.prestartAllCoreThreads();
        long firstStalledAt = System.nanoTime();
        try {
            for (int i = 0; i < 1_000; i++) {
                RawHttp c = new RawHttp(port, 10_000);
                stalled.add(c);
                c.send(i % 2 == 0 ? "GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor" // half a header
                        : "POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH
                        + "Content-Length: 1000\r\n\r\n{\"ip\":"); // 6 bytes of 1,000
            }
            long stalledAt = System.nanoTime();

            // The defect was a hang (8 stalled requests held every server thread), not a slowdown.
            // The build machine is shared and can pause any process for a moment, so the 1 s bound
            // is checked on the best of three rounds; every round must be answered in full.
            long bestMs = Long.MAX_VALUE;
            for (int round = 0; round < 3 && bestMs >= 1_000; round++) {
                bestMs = Math.min(bestMs, sixteenClients(others));
            }
            assertThat(bestMs).as("ms for 16 clients beside 1,000 stalled ones").isLessThan(1_000);
            assertThat((System.nanoTime() - firstStalledAt) / 1_000_000).as("all 1,000 stalled ones were still open meanwhile")
                    .isLessThan(READ_TIMEOUT_MS - 200L);

            for (RawHttp c : stalled) {
                RawHttp.Response r = c.read();
                assertThat(r.status()).isEqualTo(408);
                assertThat(c.closedByServer()).isTrue();
            }
            long closedAfterMs = (System.nanoTime() - stalledAt) / 1_000_000;
            assertThat(closedAfterMs).as("every stalled connection answered 408 and closed at the read deadline")
                    .isBetween(READ_TIMEOUT_MS - 500L, READ_TIMEOUT_MS + 5_000L);
        } finally {
            others.shutdownNow();
            for (RawHttp c : stalled) {
                c.close();
            }
        }
        assertThat(child.isAlive()).isTrue();
    }

    /** Sixteen clients at once, each on a new connection; the ms until all were answered 200. */
    private static long sixteenClients(ExecutorService pool) throws Exception {
        long start = System.nanoTime();
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> {
                try (RawHttp c = new RawHttp(port, 5_000)) {
                    return c.send(get()).read().status();
                }
            }));
        }
        for (Future<Integer> a : answers) {
            assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo(200);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void hundredsOfMegabytesOfBodiesDoNotExhaustA128MibHeap() throws Exception {
        byte[] body = new byte[1_000_000];
        Arrays.fill(body, (byte) 'x');
        String head = "POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        int sent = 300; // 300 MB: the old journal, keeping every body whole, ran out of memory after ~120
        try (RawHttp c = new RawHttp(port, 10_000)) {
            for (int i = 0; i < sent; i++) {
                assertThat(c.send(head).send(body).read().status()).as("request " + i).isEqualTo(400);
            }
            assertThat(c.send(get()).read().status()).isEqualTo(200);
            RawHttp.Response journal = c.send("GET /__fake/journal HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").read();
            assertThat(journal.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> requests = (List<Map<String, Object>>) journal.json().get("requests");
            assertThat(requests.size()).as("the oldest were dropped to stay in budget").isBetween(2, sent);
            Map<String, Object> lastPost = requests.get(requests.size() - 2);
            assertThat(lastPost).containsEntry("method", "POST").containsEntry("body_truncated", true)
                    .containsEntry("body_bytes", java.math.BigDecimal.valueOf(body.length));
            assertThat(lastPost.get("body").toString()).hasSize(RequestJournal.BODY_CAP);
        }
        assertThat(child.isAlive()).as("output: " + output).isTrue();
    }
}
