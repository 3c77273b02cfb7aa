package dev.cfregions.transport.apache;

import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.apache.hc.core5.util.Timeout;

/**
 * An {@link HttpTransport} on Apache HttpClient 5's asynchronous client: no thread waits on
 * any request, and one instance serves any number of concurrent requests.
 *
 * <p>Build one with {@link #builder()}: either from a {@link TransportConfig}, in which case
 * the transport creates, configures and later closes its own client, or around a
 * {@link CloseableHttpAsyncClient} the application already runs, to share its connection pool
 * and I/O threads; a lent client is never closed.
 *
 * <p>What the transport guarantees on top of the client:
 * <ul>
 *   <li>the request target is the URI's raw path and query, byte for byte;</li>
 *   <li>{@code Accept-Encoding: gzip, deflate} is sent unless the caller set one, and gzip and
 *       deflate bodies are decoded while they stream in, never holding more than
 *       {@link TransportConfig#maxResponseBytes()} decoded bytes;</li>
 *   <li>{@link TransportConfig#connectTimeout()} bounds getting a connection (pool wait, TCP,
 *       TLS) and {@link HttpRequest#timeout()} everything after, both as deadlines kept by the
 *       transport, for a lent client too; a timeout's phase says which one ran out;</li>
 *   <li>cancelling the returned future aborts the exchange and releases its connection;</li>
 *   <li>{@code Content-Length} and {@code Transfer-Encoding} from the caller are dropped: the
 *       client frames the body it is given.</li>
 * </ul>
 *
 * <p>Returned futures complete on the client's I/O thread: stages chained with the non-async
 * {@code then...} methods run there too and must not block.
 *
 * <p>A client this transport builds has retries, redirects, cookies and the client's own
 * decompression switched off. A lent client must be built with
 * {@code disableAutomaticRetries()}, and the builder told so
 * ({@link Builder#automaticRetriesDisabled(boolean)}): HttpClient's default retries a 429 or
 * 503 answer by itself, POST included, behind the back of core's retry policy and deadline,
 * and no request setting can switch that off (the transport also marks every request body as
 * not repeatable, which stops HttpClient from repeating requests that carry one). It should be
 * built with {@code disableRedirectHandling()} too, though redirects and decompression are also
 * switched off per request. With a lent client, cancelling a request that runs on an already pooled
 * connection may not abort it (HttpClient 5.6 registers the finished lease, not the exchange,
 * as what its future cancels; a client this transport builds works around that, see
 * {@code HandOffLeases}); the connection is then freed by the response timeout. Each request
 * carries its own {@code RequestConfig} (response and pool-wait
 * timeouts, no redirects, no decompression), which takes the place of the lent client's
 * default one.
 */
public final class ApacheTransport implements HttpTransport {
    private final CloseableHttpAsyncClient client;
    private final boolean ownsClient;
    private final TransportConfig config;
    private final ScheduledThreadPoolExecutor timers;
    private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Duration releaseGrace;

    private ApacheTransport(CloseableHttpAsyncClient client, boolean ownsClient, TransportConfig config,
                            ScheduledThreadPoolExecutor timers, Duration releaseGrace) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.config = config;
        this.timers = timers;
        this.releaseGrace = releaseGrace;
    }

    /** The transport's one thread of its own: deadlines, and handing over pool leases. */
    private static ScheduledThreadPoolExecutor newTimers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, new DaemonThreads("cfregions-apache-timer"));
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    /** {@return a builder; with nothing set it makes a transport with {@link TransportConfig#defaults()}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a transport that owns a client built from {@code config}}
     *
     * @param config connect timeout, response body cap and TLS trust
     */
    public static ApacheTransport create(TransportConfig config) {
        return builder().config(config).build();
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new TransportException("Request must not be null"));
        }
        if (closed.get()) {
            return CompletableFuture.failedFuture(new TransportException("Apache transport is closed; cannot send " + request));
        }
        Exchange exchange = new Exchange(request, config.connectTimeout(), timers, releaseGrace);
        if ("https".equalsIgnoreCase(request.uri().getScheme()) && config.proxies(request.uri().getHost())) {
            exchange.tunnelsThroughProxy();
        }
        try {
            inFlight.add(exchange);
            exchange.result().whenComplete((response, failure) -> inFlight.remove(exchange));
            ExchangeContext context = new ExchangeContext(exchange, !ownsClient);
            context.setRequestConfig(requestConfig(request));
            Proxying.sendCredentialsPreemptively(context, config, request.uri());
            context.setAttribute(NoLibraryUserAgent.CALLER_SET_USER_AGENT, request.headers().contains("User-Agent"));
            exchange.start();
            Future<HttpResponse> future;
            Submission submission = ownsClient ? Submission.begin(timers) : null;
            try {
                future = client.execute(RequestProducers.of(request),
                        new BoundedResponseConsumer(config.maxResponseBytes(), exchange::connectionReleased), context, exchange);
            } finally {
                context.submitted();
                if (submission != null) {
                    submission.end();
                }
            }
            exchange.attach(future);
            if (closed.get()) {
                exchange.fail(new TransportException("Apache transport was closed while sending " + request));
            }
        } catch (RuntimeException e) {
            exchange.fail(Failures.map(e, request.method(), request.uri(), config.connectTimeout(), request.timeout(), false));
        }
        return exchange.result();
    }

    @Override
    public String name() {
        return ApacheTransportProvider.NAME;
    }

    /**
     * Fails every request still in flight, then, if this transport built its client, shuts the
     * client down (gracefully, then at once after a short wait) and waits for its threads to
     * end. A lent client is left running. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Exchange exchange : inFlight) {
            exchange.fail(new TransportException("Apache transport was closed with the request in flight"));
        }
        if (ownsClient) {
            OwnedClients.close(client);
        }
        timers.shutdownNow();
        try {
            timers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "ApacheTransport{ownsClient=" + ownsClient + ", closed=" + closed.get() + "}";
    }

    private RequestConfig requestConfig(HttpRequest request) {
        RequestConfig.Builder b = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(request.timeout()))
                .setConnectionRequestTimeout(Timeout.of(config.connectTimeout()))
                .setRedirectsEnabled(false)
                .setContentCompressionEnabled(false);
        return Proxying.applyTo(b, config, request.uri()).build();
    }

    /** Builds an {@link ApacheTransport}; not thread-safe. */
    public static final class Builder {
        private static final Duration STARTUP_WAIT = Duration.ofMillis(500);

        private TransportConfig config = TransportConfig.defaults();
        private CloseableHttpAsyncClient lentClient;
        private boolean lentClientRetriesDisabled;
        private ProxyConfig proxy;
        private boolean proxySet;
        private Duration releaseGrace = Exchange.DEFAULT_RELEASE_GRACE;

        private Builder() {}

        /** For tests: how long a response waits for its connection's release at most. */
        Builder releaseGrace(Duration grace) {
            this.releaseGrace = required(grace, "releaseGrace");
            return this;
        }

        /**
         * Connect timeout, body cap and TLS trust. With a lent client the body cap and the connect
         * timeout (as a deadline of the transport's own) apply, while TLS is that client's
         * business.
         *
         * @param config connect timeout, response body cap and TLS trust
         * @return this builder
         */
        public Builder config(TransportConfig config) {
            this.config = required(config, "config");
            return this;
        }

        /**
         * Sends through this HTTP proxy, in place of the one {@link #config} names (if any).
         *
         * @param proxy the proxy, or {@code null} to connect directly
         * @return this builder
         */
        public Builder proxy(ProxyConfig proxy) {
            this.proxy = proxy;
            this.proxySet = true;
            return this;
        }

        /**
         * A started client the application owns and keeps owning: the transport sends through it
         * and never closes it.
         *
         * @param client a started client the caller keeps and closes
         * @return this builder
         */
        public Builder client(CloseableHttpAsyncClient client) {
            this.lentClient = required(client, "client");
            return this;
        }

        /**
         * Confirms that the client lent with {@link #client} was built with
         * {@code HttpAsyncClientBuilder.disableAutomaticRetries()}, which {@link #build()}
         * requires: the transport cannot see inside a built client, and HttpClient's default
         * retries 429 and 503 answers on its own. Has no effect without a lent client.
         *
         * @param confirmed true if the lent client never retries by itself
         * @return this builder
         */
        public Builder automaticRetriesDisabled(boolean confirmed) {
            this.lentClientRetriesDisabled = confirmed;
            return this;
        }

        /**
         * {@return the new {@code ApacheTransport}}
         *
         * @throws ConfigurationException if a client was lent without
         *     {@link #automaticRetriesDisabled(boolean) automaticRetriesDisabled(true)}
         * @throws IllegalStateException if the lent client is not running, or if an
         *     {@code SSLContext} was configured together with a lent client (it could not be
         *     applied, and ignoring it silently would trust the wrong servers)
         */
        public ApacheTransport build() {
            if (proxySet) {
                config = config.withProxy(proxy);
            }
            if (lentClient == null) {
                ScheduledThreadPoolExecutor timers = newTimers();
                try {
                    return new ApacheTransport(OwnedClients.create(config, timers), true, config, timers, releaseGrace);
                } catch (RuntimeException e) {
                    timers.shutdownNow();
                    throw e;
                }
            }
            if (!lentClientRetriesDisabled) {
                throw new ConfigurationException("A lent CloseableHttpAsyncClient must not retry by itself: HttpClient's default"
                        + " (HttpAsyncClients.createDefault() among them) repeats 429 and 503 answers, POST included, past the"
                        + " client's retry policy and deadline. Build it with HttpAsyncClients.custom().disableAutomaticRetries()"
                        + " and confirm with ApacheTransport.builder().client(c).automaticRetriesDisabled(true)");
            }
            if (config.sslContext() != null) {
                throw new IllegalStateException("TransportConfig.sslContext cannot be applied to a lent client: "
                        + "configure TLS on the CloseableHttpAsyncClient instead");
            }
            IOReactorStatus status = statusOnceStarted(lentClient);
            if (status != IOReactorStatus.ACTIVE) {
                throw new IllegalStateException("The lent CloseableHttpAsyncClient must be started and not shut down;"
                        + " its I/O reactor is " + status);
            }
            return new ApacheTransport(lentClient, false, config, newTimers(), releaseGrace);
        }

        private static <T> T required(T value, String name) {
            if (value == null) {
                throw new IllegalArgumentException("ApacheTransport.Builder: " + name + " must not be null");
            }
            return value;
        }

        /**
         * The reactor turns ACTIVE on its own thread a moment after {@code start()}, so a client
         * started just before this call may still read INACTIVE: give it a short, bounded while.
         */
        private static IOReactorStatus statusOnceStarted(CloseableHttpAsyncClient client) {
            long giveUp = System.nanoTime() + STARTUP_WAIT.toNanos();
            IOReactorStatus status = client.getStatus();
            while (status == IOReactorStatus.INACTIVE && System.nanoTime() < giveUp) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                status = client.getStatus();
            }
            return status;
        }
    }
}
