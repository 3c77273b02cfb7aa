package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.TransportConfig;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ThreadLifecycleTest {

    @Test
    void close_ends_every_thread_the_transport_started() throws Exception {
        try (LoopbackServer server = new LoopbackServer(ex -> LoopbackServer.respond(ex, 200, "x".getBytes()))) {
            Set<Thread> before = liveThreads();
            ApacheTransport transport = ApacheTransport.create(TransportConfig.defaults());
            for (int i = 0; i < 5; i++) {
                transport.execute(HttpRequest.builder().uri(server.uri("/" + i)).timeout(Duration.ofSeconds(5)).build())
                        .get(10, TimeUnit.SECONDS);
            }
            assertThat(started(before)).isNotEmpty();

            transport.close();

            assertThat(started(before)).as("threads still alive after close()").isEmpty();
        }
    }

    /** Threads alive now that were not before, leaving out the test server's own. */
    private static Set<String> started(Set<Thread> before) {
        return liveThreads().stream()
                .filter(t -> !before.contains(t))
                .map(Thread::getName)
                .filter(name -> !name.startsWith("loopback-server") && !name.startsWith("HTTP-Dispatcher"))
                .collect(Collectors.toSet());
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }
}
