package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportTimeoutException;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The backstop fires for a transport that never answers, and costs nothing once one has. */
class DeadlineGuardTransportTest {
    private static final HttpRequest REQUEST = HttpRequest.builder().method("GET").uri(URI.create("https://api.invalid/x"))
            .timeout(Duration.ofSeconds(60)).build();

    /** A transport whose next exchange is the future the test holds. */
    private static final class Pending implements HttpTransport {
        final AtomicReference<CompletableFuture<HttpResponse>> next = new AtomicReference<>();

        @Override
        public CompletableFuture<HttpResponse> execute(HttpRequest request) {
            return next.getAndSet(null);
        }

        @Override
        public String name() {
            return "pending";
        }

        @Override
        public void close() {}
    }

    @Test
    void anExchangeThatAnsweredIsNotKeptReachableUntilTheBackstopWouldHaveFired() throws InterruptedException {
        Pending transport = new Pending();
        DeadlineGuardTransport guard = new DeadlineGuardTransport(transport, Duration.ofSeconds(10));
        CompletableFuture<HttpResponse> inner = new CompletableFuture<>();
        transport.next.set(inner);
        CompletableFuture<HttpResponse> answer = guard.execute(REQUEST);
        HttpResponse big = HttpResponse.wrap(200, HttpHeaders.empty(), new byte[4 << 20]);
        WeakReference<HttpResponse> ref = new WeakReference<>(big);
        inner.complete(big);
        assertThat(answer.join()).isSameAs(big);

        big = null;
        inner = null;
        answer = null;
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        // the backstop was set for 71 s; a timer still queued would hold the 4 MB response that long
        assertThat(ref.get()).isNull();
    }

    @Test
    void anExchangeAnsweredAtOnceSetsNoTimer() {
        Pending transport = new Pending();
        DeadlineGuardTransport guard = new DeadlineGuardTransport(transport, Duration.ofSeconds(10));
        int before = Timers.pending();
        HttpResponse ok = HttpResponse.of(204, HttpHeaders.empty(), null);
        transport.next.set(CompletableFuture.completedFuture(ok));
        assertThat(guard.execute(REQUEST).join()).isSameAs(ok);
        assertThat(Timers.pending()).isEqualTo(before);
    }

    @Test
    void aTransportThatNeverAnswersFailsAtConnectPlusRequestTimeoutPlusGraceAndIsCancelled() {
        Pending transport = new Pending();
        DeadlineGuardTransport guard = new DeadlineGuardTransport(transport, Duration.ofMillis(10));
        CompletableFuture<HttpResponse> inner = new CompletableFuture<>();
        transport.next.set(inner);
        CompletableFuture<HttpResponse> answer = guard.execute(REQUEST.toBuilder().timeout(Duration.ofMillis(10)).build());
        assertThatThrownBy(answer::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(TransportTimeoutException.class).hasRootCauseMessage("pending transport did not complete within 1020 ms");
        assertThat(inner.isCancelled()).isTrue();
    }

    @Test
    void cancellingTheCallCancelsTheExchangeAndItsTimer() {
        Pending transport = new Pending();
        DeadlineGuardTransport guard = new DeadlineGuardTransport(transport, Duration.ofSeconds(10));
        CompletableFuture<HttpResponse> inner = new CompletableFuture<>();
        transport.next.set(inner);
        int before = Timers.pending();
        CompletableFuture<HttpResponse> answer = guard.execute(REQUEST);
        assertThat(Timers.pending()).isEqualTo(before + 1);
        answer.cancel(true);
        assertThat(inner.isCancelled()).isTrue();
        assertThat(Timers.pending()).isEqualTo(before);
    }
}
