package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A transport built around an application's {@link OkHttpClient} shares it and never closes it. */
@Timeout(20)
class LentClientTest {
    private LoopbackServer server;
    private OkHttpClient lent;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        lent = new OkHttpClient.Builder().build();
    }

    @AfterEach
    void stop() {
        lent.dispatcher().executorService().shutdown();
        lent.connectionPool().evictAll();
        server.close();
    }

    @Test
    void closingTheTransportLeavesTheLentClientWorking() throws Exception {
        OkHttpTransport transport = OkHttpTransport.builder().client(lent).config(TransportConfig.defaults()).build();
        assertThat(send(transport, "/ok").status()).isEqualTo(200);
        assertThat(lent.connectionPool().connectionCount()).as("the transport used the lent client's pool").isEqualTo(1);

        transport.close();

        assertThat(lent.dispatcher().executorService().isShutdown()).as("lent dispatcher shut down").isFalse();
        assertThat(lent.connectionPool().idleConnectionCount()).as("lent pool evicted").isEqualTo(1);
        try (Response response = lent.newCall(new Request.Builder().url(server.uri("/ok").toString()).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
    }

    @Test
    void closingCancelsOnlyTheTransportsOwnCalls() throws Exception {
        OkHttpTransport transport = OkHttpTransport.builder().client(lent).build();
        CompletableFuture<HttpResponse> mine = transport.execute(request("/slow"));
        CompletableFuture<String> theApps = new CompletableFuture<>();
        new Thread(() -> {
            try (Response r = lent.newCall(new Request.Builder().url(server.uri("/slow").toString()).build()).execute()) {
                theApps.complete(r.body().string());
            } catch (Exception e) {
                theApps.completeExceptionally(e);
            }
        }, "app-call").start();
        Thread.sleep(200);

        transport.close();

        assertThatThrownBy(() -> mine.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TransportException.class);
        assertThat(theApps.get(5, TimeUnit.SECONDS)).isEqualTo("ok");
    }

    @Test
    void theTransportsRulesDoNotChangeTheLentClient() throws Exception {
        try (OkHttpTransport transport = OkHttpTransport.builder().client(lent).build()) {
            assertThat(send(transport, "/redirect").status()).as("transport follows no redirect").isEqualTo(302);
        }
        assertThat(lent.followRedirects()).isTrue();
        assertThat(lent.retryOnConnectionFailure()).isTrue();
        assertThat(lent.networkInterceptors()).isEmpty();
        try (Response response = lent.newCall(new Request.Builder().url(server.uri("/redirect").toString()).build()).execute()) {
            assertThat(response.code()).as("the app's client still follows it").isEqualTo(200);
        }
    }

    @Test
    void theLentClientsAuthenticatorIsNotAskedToRetryA401() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        OkHttpClient withAuthenticator = lent.newBuilder().authenticator((route, response) -> {
            asked.incrementAndGet();
            return response.request().newBuilder().header("Authorization", "Bearer from-the-app").build();
        }).build();
        try (OkHttpTransport transport = OkHttpTransport.builder().client(withAuthenticator).build()) {
            assertThat(send(transport, "/unauthorized").status()).isEqualTo(401);
        }
        assertThat(asked).as("authenticator calls").hasValue(0);
    }

    private HttpResponse send(OkHttpTransport transport, String path) throws Exception {
        return transport.execute(request(path)).get(10, TimeUnit.SECONDS);
    }

    private HttpRequest request(String path) {
        return HttpRequest.builder().uri(server.uri(path)).timeout(Duration.ofSeconds(10)).build();
    }
}
