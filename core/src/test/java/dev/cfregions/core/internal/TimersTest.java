package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Backstops fire once due, never once cancelled, and still fire after the sweeper went idle. */
class TimersTest {
    @Test
    void aBackstopFiresOnceItsDelayHasPassed() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        long start = System.nanoTime();
        Timers.schedule(fired::countDown, Duration.ofMillis(30));
        assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(30));
    }

    @Test
    void aCancelledBackstopNeverFiresAndIsForgotten() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        int before = Timers.pending();
        Timers.Backstop b = Timers.schedule(runs::incrementAndGet, Duration.ofMillis(1));
        b.cancel();
        assertThat(Timers.pending()).isEqualTo(before);
        CountDownLatch later = new CountDownLatch(1);
        Timers.schedule(later::countDown, Duration.ofMillis(1));
        assertThat(later.await(5, TimeUnit.SECONDS)).isTrue(); // a sweep ran past the cancelled one's time
        assertThat(runs).hasValue(0);
    }

    @Test
    void backstopsSetAfterTheSweeperWentIdleStillFire() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            CountDownLatch fired = new CountDownLatch(1);
            Timers.schedule(fired::countDown, Duration.ofMillis(1));
            assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
            // two ticks with nothing to watch: the sweeper stops, and the next backstop must restart it
            Thread.sleep(Timers.TICK.toMillis() * 2 + 20);
        }
    }

    @Test
    void aTaskThatThrowsDoesNotStopOthersFromFiring() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        Timers.schedule(() -> {
            throw new IllegalStateException("bad task");
        }, Duration.ofMillis(1));
        Timers.schedule(fired::countDown, Duration.ofMillis(1));
        assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
