package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.testkit.conformance.TransportConformanceSuite;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;

/**
 * The conformance suite again, each transport wrapping a client "the application" built and
 * lent it: HttpClient's defaults except for what the transport's documentation asks of a lent
 * client (no automatic retries, no redirects), with the application's own TLS trust, connect
 * timeout, pool size and thread names.
 *
 * <p>HttpClient adds its own {@code User-Agent} to requests without one, and only the client's
 * builder could stop it; the transport strips it on clients it builds but cannot on a lent one.
 * Core always sends a User-Agent, so in practice nothing is added; here the application's
 * client strips the library default itself, as an application that cares would.
 */
class ApacheLentClientConformanceTest extends TransportConformanceSuite {
    private static final String APP_THREADS = "app-lent-client";
    private final List<CloseableHttpAsyncClient> lent = new CopyOnWriteArrayList<>();

    @Override
    protected HttpTransport createTransport(TransportConfig config) {
        Timeout connect = Timeout.of(config.connectTimeout());
        ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create();
        if (config.sslContext() != null) {
            tls.setSslContext(config.sslContext());
        }
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setTlsStrategy(tls.buildAsync())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect).build())
                        .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                        .setMaxConnPerRoute(64)
                        .setMaxConnTotal(64)
                        .build())
                .setThreadFactory(new DaemonThreads(APP_THREADS))
                .addRequestInterceptorLast((request, entity, context) -> {
                    if (request.getFirstHeader("User-Agent") != null
                            && request.getFirstHeader("User-Agent").getValue().startsWith("Apache-HttpAsyncClient/")) {
                        request.removeHeaders("User-Agent");
                    }
                })
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
        client.start();
        lent.add(client);
        return ApacheTransport.builder().client(client).automaticRetriesDisabled(true).config(config.withSslContext(null)).build();
    }

    /**
     * The application's client threads are the application's to stop, after the transport is
     * closed; HttpClient names its one coordinating thread {@code httpclient-main} whatever the
     * thread factory. The transport's own deadline thread is still checked.
     */
    @Override
    protected boolean isSharedLibraryThread(Thread thread) {
        return thread.getName().startsWith(APP_THREADS) || thread.getName().startsWith("httpclient-main");
    }

    @AfterEach
    void shutDownTheApplicationsClients() {
        for (CloseableHttpAsyncClient client : lent) {
            client.close(CloseMode.IMMEDIATE);
        }
    }
}
