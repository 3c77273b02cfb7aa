package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.RequestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The owned client keeps lease outcomes in order by holding them back, never by making the
 * timer thread wait: the thread that fires every deadline must not block on a submission
 * still in progress.
 */
@Timeout(10)
class SubmissionTest {
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, new DaemonThreads("submission-test"));

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void outcomesDeliveredDuringTheSubmissionRunOnTheTimerInOrderOnceItEnds() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        Submission submission = Submission.begin(timer);
        assertThat(Submission.current()).isSameAs(submission);
        submission.deliver(() -> ran.add("lease " + Thread.currentThread().getName()));
        // from another thread too (a pool completing the lease elsewhere): it returns at once
        CompletableFuture.runAsync(() -> submission.deliver(() -> ran.add("second"))).get(1, TimeUnit.SECONDS);
        Thread.sleep(50);
        assertThat(ran).as("nothing runs before execute() returned").isEmpty();

        submission.end();
        assertThat(Submission.current()).isNull();
        timer.submit(() -> { }).get(1, TimeUnit.SECONDS); // everything queued before has run
        assertThat(ran).containsExactly("lease submission-test-1", "second");

        submission.deliver(() -> ran.add("after"));
        timer.submit(() -> { }).get(1, TimeUnit.SECONDS);
        assertThat(ran).last().isEqualTo("after");
    }

    @Test
    void aClosingTimerRunsHeldOutcomesRightAway() {
        List<String> ran = new CopyOnWriteArrayList<>();
        Submission submission = Submission.begin(timer);
        submission.deliver(() -> ran.add("held"));
        timer.shutdownNow();
        submission.end();
        assertThat(ran).containsExactly("held");
    }

    @Test
    void anOwnedClientsContextNeverMakesAnotherThreadWaitForTheSubmission() throws Exception {
        HttpRequest request = HttpRequest.builder().uri(URI.create("http://127.0.0.1:1/x")).timeout(Duration.ofSeconds(5)).build();
        ExchangeContext owned = new ExchangeContext(new Exchange(request, Duration.ofSeconds(5), timer, Duration.ofMillis(50)), false);
        owned.setRequestConfig(RequestConfig.DEFAULT);
        long start = System.nanoTime();
        // the timer thread reads the config while the submitting thread has not returned yet
        RequestConfig read = timer.submit(owned::getRequestConfig).get(5, TimeUnit.SECONDS);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(read).isSameAs(RequestConfig.DEFAULT);
        assertThat(waitedMillis).as("ms the timer thread was held").isLessThan(500);
    }
}
