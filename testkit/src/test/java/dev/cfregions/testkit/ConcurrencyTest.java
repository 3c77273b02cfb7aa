package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.ip;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/** Many writers, both faces and both families at once, on a zone near the 3,500 limit. */
@Timeout(60)
class ConcurrencyTest extends SharedFakeTest {
    private static final int SEEDED = ZoneState.LIMIT - 50;
    private static final int THREADS = 16;
    private static final int WRITES_PER_THREAD = 10;

    @BeforeEach
    void seedNearTheLimit() {
        List<Mapping> seed = new ArrayList<>();
        for (int i = 0; i < SEEDED; i++) {
            seed.add(mapping(ip(i), "aws", "us-east-1"));
        }
        fake.seed(ZONE, seed);
    }

    @RepeatedTest(3)
    void racingWritersNeverPassTheLimitAndEveryAcknowledgedWriteIsKept() throws Exception {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Face face = thread % 2 == 0 ? Face.IN_PROCESS : Face.LOOPBACK;
                    try (Face.Wire w = face.wire(fake).bearer(TOKEN)) {
                        go.await();
                        for (int i = 0; i < WRITES_PER_THREAD; i++) {
                            String ip = "198.51." + thread + "." + i;
                            // both families race on one store: v1 POST, v1 PATCH, v2 PUT
                            String method = i % 3 == 0 ? "POST" : i % 3 == 1 ? "PATCH" : "PUT";
                            Face.Resp r = method.equals("PUT")
                                    ? w.send(method, V2 + "/" + ip, "{\"origin_ip\":\"" + ip + "\",\"vendor\":\"gcp\",\"region\":\"us-central1\"}")
                                    : w.send(method, V1, "{\"ip\":\"" + ip + "\",\"vendor\":\"gcp\",\"region\":\"us-central1\"}");
                            if (r.status() == 200) {
                                acknowledged.add(ip);
                            } else if (r.status() != 403 || r.errorCode(0) != 1164) {
                                unexpected.add(method + " " + ip + " -> " + r.status() + " " + r.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(unexpected).isEmpty();
        List<Mapping> finalState = fake.mappings(ZONE);
        Set<String> stored = new HashSet<>();
        finalState.forEach(m -> stored.add(m.ip().value()));
        assertThat(finalState).hasSize(ZoneState.LIMIT);
        assertThat(acknowledged).hasSize(ZoneState.LIMIT - SEEDED);
        assertThat(stored).containsAll(acknowledged);
    }
}
