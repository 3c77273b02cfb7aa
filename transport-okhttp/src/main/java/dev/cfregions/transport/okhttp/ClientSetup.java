package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.TransportConfig;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Authenticator;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the {@link OkHttpClient} a transport uses, either its own or one derived from a lent
 * client with {@code newBuilder()} (which keeps sharing the lent client's dispatcher and
 * connection pool). Either way: no retries, no redirects, no authenticator, the connect
 * timeout from the config, no socket read/write timeouts (the per-request call timeout bounds
 * the exchange instead).
 */
final class ClientSetup {
    /** How many calls the transport's own client runs at once, in total and per host. */
    static final int MAX_CONCURRENT_CALLS = 128;
    /**
     * Idle connections the transport's own client keeps per pool. OkHttp's default of 5 closed
     * every connection beyond the fifth as soon as it went idle, so a caller with more calls in
     * flight opened (and left in TIME_WAIT) a new connection for most requests.
     */
    static final int MAX_IDLE_CONNECTIONS = 64;
    private static final long KEEP_ALIVE_MINUTES = 5;
    static final String THREAD_PREFIX = "cfregions-okhttp-";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private ClientSetup() {}

    /** A client of the transport's own, with its own daemon dispatcher threads. */
    static OkHttpClient ownClient(TransportConfig config) {
        Dispatcher dispatcher = new Dispatcher(dispatcherExecutor());
        dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
        return configure(new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES)), config);
    }

    /** A client sharing the lent client's dispatcher, pool and settings, with this transport's rules on top. */
    static OkHttpClient derivedClient(OkHttpClient lent, TransportConfig config) {
        return configure(lent.newBuilder(), config);
    }

    private static OkHttpClient configure(OkHttpClient.Builder b, TransportConfig config) {
        b.retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(config.connectTimeout())
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .callTimeout(Duration.ZERO)
                .authenticator(Authenticator.NONE) // core sends the credentials; no second attempt on 401
                .addNetworkInterceptor(new NetworkStage());
        if (config.proxy() != null) {
            ProxySetup.apply(b, config.proxy());
        }
        if (config.sslContext() != null) {
            // The hostname verifier stays OkHttp's default (or the lent client's own choice).
            b.sslSocketFactory(config.sslContext().getSocketFactory(), ContextTrustManager.INSTANCE);
        }
        return b.build();
    }

    /** Like OkHttp's default dispatcher executor, but with daemon threads named for this library. */
    private static ExecutorService dispatcherExecutor() {
        String prefix = THREAD_PREFIX + CLIENTS.incrementAndGet() + "-dispatcher-";
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
