package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * Cancelling a request that went out on a connection opened for it must close that connection,
 * every time. Without {@link ExchangeContext}'s ordering, HttpClient lost about one such cancel
 * in fifteen on loopback (the connection then lived until the response timeout), so this runs
 * often enough to notice a regression.
 */
@Timeout(20)
class CancellationRaceTest {

    @RepeatedTest(25)
    void cancel_after_the_request_arrived_closes_the_new_connection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             ApacheTransport transport = ApacheTransport.create(TransportConfig.defaults())) {
            CountDownLatch requestArrived = new CountDownLatch(1);
            CountDownLatch connectionClosed = new CountDownLatch(1);
            Thread peer = new Thread(() -> {
                try (Socket s = listener.accept()) {
                    InputStream in = s.getInputStream();
                    in.read(new byte[8192]);
                    requestArrived.countDown();
                    if (in.read() == -1) {
                        connectionClosed.countDown();
                    }
                } catch (IOException reset) {
                    connectionClosed.countDown();
                }
            }, "cancel-race-peer");
            peer.setDaemon(true);
            peer.start();

            CompletableFuture<HttpResponse> pending = transport.execute(HttpRequest.builder()
                    .uri(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/hang"))
                    .timeout(Duration.ofSeconds(30)).build());
            assertThat(requestArrived.await(5, TimeUnit.SECONDS)).as("request arrived").isTrue();
            pending.cancel(true);

            assertThat(connectionClosed.await(3, TimeUnit.SECONDS)).as("connection closed after cancel").isTrue();
        }
    }

    @RepeatedTest(10)
    void cancel_on_a_pooled_connection_closes_it() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             ApacheTransport transport = ApacheTransport.create(TransportConfig.defaults())) {
            CountDownLatch secondArrived = new CountDownLatch(1);
            CountDownLatch connectionClosed = new CountDownLatch(1);
            Thread peer = new Thread(() -> {
                try (Socket s = listener.accept()) {
                    InputStream in = s.getInputStream();
                    in.read(new byte[8192]);
                    s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    in.read(new byte[8192]);
                    secondArrived.countDown();
                    if (in.read() == -1) {
                        connectionClosed.countDown();
                    }
                } catch (IOException reset) {
                    connectionClosed.countDown();
                }
            }, "cancel-race-peer");
            peer.setDaemon(true);
            peer.start();
            URI base = URI.create("http://127.0.0.1:" + listener.getLocalPort());

            HttpResponse first = transport.execute(HttpRequest.builder().uri(base.resolve("/first"))
                    .timeout(Duration.ofSeconds(10)).build()).get(5, TimeUnit.SECONDS);
            assertThat(first.status()).isEqualTo(200);
            CompletableFuture<HttpResponse> pending = transport.execute(HttpRequest.builder().uri(base.resolve("/hang"))
                    .timeout(Duration.ofSeconds(30)).build());
            assertThat(secondArrived.await(5, TimeUnit.SECONDS)).as("second request arrived on the pooled connection").isTrue();
            pending.cancel(true);

            assertThat(connectionClosed.await(3, TimeUnit.SECONDS)).as("connection closed after cancel").isTrue();
        }
    }
}
