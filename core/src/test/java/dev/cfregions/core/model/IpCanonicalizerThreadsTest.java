package dev.cfregions.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The canonicalizer keeps per-thread scratch arrays: threads parsing at once must not see each other's groups. */
class IpCanonicalizerThreadsTest {

    @Test
    void threadsParsingAtOnceGetTheirOwnAnswers() throws Exception {
        Random random = new Random(42);
        List<String> inputs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int g = 0; g < 8; g++) {
                b.append(g == 0 ? "" : ":").append(String.format("%04X", random.nextInt(4) == 0 ? 0 : random.nextInt(0x10000)));
            }
            inputs.add(b.toString());
            expected.add(OriginIp.of(b.toString()).value());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 250;
                results.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            int k = (i + offset) % inputs.size();
                            OriginIp ip = OriginIp.of(inputs.get(k));
                            if (!ip.value().equals(expected.get(k))) {
                                mismatches++;
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
