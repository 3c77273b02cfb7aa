package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.TransportConfig;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the async client a transport owns when none is lent, and shuts it down so that no
 * I/O reactor thread survives.
 */
final class OwnedClients {
    /** Enough for the concurrency one API client produces against one host. */
    static final int MAX_CONNECTIONS_PER_ROUTE = 64;
    static final int MAX_CONNECTIONS_TOTAL = 128;

    private static final TimeValue GRACE = TimeValue.ofMilliseconds(200);
    private static final TimeValue HARD_STOP = TimeValue.ofSeconds(5);

    private OwnedClients() {}

    /**
     * A started client with: no retries, no redirects, no content decompression (the
     * transport decodes itself, within the body cap), no cookies, HTTP/1.1 only, the config's
     * connect timeout for TCP and for the TLS handshake, no {@code User-Agent} of the library's own, the config's {@code SSLContext} with
     * the library's default hostname verification, one daemon I/O thread, and lease outcomes
     * delivered through {@code leaseHandOff} ({@link HandOffLeases} says why).
     */
    static CloseableHttpAsyncClient create(TransportConfig config, java.util.concurrent.Executor leaseHandOff) {
        Timeout connectTimeout = Timeout.of(config.connectTimeout());
        ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create();
        if (config.sslContext() != null) {
            tls.setSslContext(config.sslContext());
        }
        PoolingAsyncClientConnectionManager connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(tls.buildAsync())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connectTimeout).build())
                .setDefaultTlsConfig(TlsConfig.custom()
                        .setHandshakeTimeout(connectTimeout)
                        .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                        .build())
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
                .setMaxConnTotal(MAX_CONNECTIONS_TOTAL)
                .build();
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(new HandOffLeases(connections, leaseHandOff))
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .setThreadFactory(new DaemonThreads("cfregions-apache-io"))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .addRequestInterceptorLast(NoLibraryUserAgent.INSTANCE)
                .build();
        client.start();
        return client;
    }

    /** Graceful first, then immediate after a short wait; returns once the reactor stopped. */
    static void close(CloseableHttpAsyncClient client) {
        client.close(CloseMode.GRACEFUL);
        try {
            client.awaitShutdown(GRACE);
            client.close(CloseMode.IMMEDIATE);
            client.awaitShutdown(HARD_STOP);
        } catch (InterruptedException e) {
            client.close(CloseMode.IMMEDIATE);
            Thread.currentThread().interrupt();
        }
    }
}
