package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cfregions.core.spi.TransportConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The transport's own client keeps the connections of concurrent calls for the next ones. */
class ClientSetupTest {
    private static final int CALLS = 16;

    @Test
    void connectionsOfSixteenConcurrentCallsStayPooledForReuse() throws Exception {
        CountDownLatch allArrived = new CountDownLatch(CALLS);
        ExecutorService handlers = Executors.newFixedThreadPool(CALLS);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            allArrived.countDown();
            try {
                allArrived.await(5, TimeUnit.SECONDS); // hold every answer until all calls are in: one connection each
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
        });
        server.start();
        OkHttpClient client = ClientSetup.ownClient(TransportConfig.defaults());
        ExecutorService callers = Executors.newFixedThreadPool(CALLS);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            List<Future<Integer>> codes = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                codes.add(callers.submit(() -> {
                    try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
                        r.body().bytes();
                        return r.code();
                    }
                }));
            }
            for (Future<Integer> c : codes) {
                assertThat(c.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            }
            // OkHttp trims the pool on a background task right after a connection goes idle:
            // give it the time to, then every connection must still be there
            Thread.sleep(300);
            assertThat(client.connectionPool().idleConnectionCount()).isEqualTo(CALLS);
        } finally {
            callers.shutdownNow();
            client.dispatcher().executorService().shutdownNow();
            client.connectionPool().evictAll();
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
