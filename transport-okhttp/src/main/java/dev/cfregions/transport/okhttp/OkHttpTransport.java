package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * An {@link HttpTransport} over OkHttp 5. Calls are enqueued: the caller's thread never waits,
 * and OkHttp's dispatcher runs each call on one of its threads (OkHttp's I/O is blocking, so a
 * call in flight holds a dispatcher thread). Each call is bounded by its request's timeout
 * through {@link Call#timeout()}, which counts from the start of the call, connecting included;
 * establishing a connection (TCP and TLS) is bounded by the config's connect timeout. OkHttp's
 * retries and redirects are off; the body is read within the config's cap and decoded from
 * gzip or deflate; cancelling a future cancels its call and closes its connection.
 *
 * <p>Built either around a client of its own ({@link Builder#config}), which {@link #close()}
 * shuts down, or around an {@link OkHttpClient} the application lends ({@link Builder#client}),
 * whose dispatcher and connection pool it shares and never shuts down: closing then only
 * cancels this transport's own calls. With a lent client, its dispatcher's limits apply
 * (OkHttp's default is 5 calls at once per host).
 *
 * <pre>{@code
 * HttpTransport transport = OkHttpTransport.builder().client(appClient).build();
 * }</pre>
 */
public final class OkHttpTransport implements HttpTransport {
    private static final long CLOSE_WAIT_MILLIS = 1000;

    private final OkHttpClient client;
    private final boolean ownsClient;
    private final long maxResponseBytes;
    private final Duration connectTimeout;
    private final FailureTranslator failures;
    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private OkHttpTransport(Builder b) {
        this.ownsClient = b.client == null;
        this.client = ownsClient ? ClientSetup.ownClient(b.config) : ClientSetup.derivedClient(b.client, b.config);
        this.maxResponseBytes = b.config.maxResponseBytes();
        this.connectTimeout = b.config.connectTimeout();
        this.failures = new FailureTranslator(b.config);
    }

    /** {@return a builder; without a lent client, the transport creates (and closes) its own} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a transport with a client of its own, configured from {@code config}}
     *
     * @param config connect timeout, response body cap and TLS trust
     */
    public static OkHttpTransport create(TransportConfig config) {
        return builder().config(config).build();
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        CompletableFuture<HttpResponse> future = new CompletableFuture<>();
        try {
            if (closed.get()) {
                throw new TransportException("The OkHttp transport is closed; " + request + " was not sent");
            }
            Request okRequest = RequestTranslator.translate(request);
            ExchangeState state = Objects.requireNonNull(okRequest.tag(ExchangeState.class));
            Call call = client.newCall(okRequest);
            call.timeout().timeout(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
            call.addEventListener(new ConnectDeadline(call, state, connectTimeout));
            inFlight.add(call);
            future.whenComplete((response, failure) -> {
                inFlight.remove(call);
                if (future.isCancelled()) {
                    call.cancel(); // closes the socket: an abandoned exchange cannot be reused
                }
            });
            call.enqueue(new ResponseCallback(future, request, state, maxResponseBytes, failures, closed::get));
            if (closed.get()) {
                call.cancel(); // close() ran while this call was being set up
            }
        } catch (TransportException e) {
            future.completeExceptionally(e);
        } catch (RuntimeException e) {
            future.completeExceptionally(new TransportException("OkHttp could not start " + request + ": " + e, e));
        }
        return future;
    }

    @Override
    public String name() {
        return "okhttp";
    }

    /**
     * Cancels this transport's calls still in flight (their futures fail with a
     * {@link TransportException}); when the client is the transport's own, also stops its
     * dispatcher threads and closes its pooled connections. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        inFlight.forEach(Call::cancel);
        if (ownsClient) {
            ExecutorService executor = client.dispatcher().executorService();
            client.dispatcher().cancelAll();
            executor.shutdown();
            client.connectionPool().evictAll();
            awaitDispatcherThreads(executor);
        }
    }

    private static void awaitDispatcherThreads(ExecutorService executor) {
        if (Thread.currentThread().getName().startsWith(ClientSetup.THREAD_PREFIX)) {
            return; // closed from one of our own callbacks: that thread cannot wait for itself
        }
        try {
            executor.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds an {@link OkHttpTransport}. Not thread-safe. */
    public static final class Builder {
        private TransportConfig config = TransportConfig.defaults();
        private OkHttpClient client;
        private ProxyConfig proxy;
        private boolean proxySet;

        private Builder() {}

        /**
         * Connect timeout, response body cap, and (when set) the {@code SSLContext} to use.
         * Applies to a lent client too; defaults to {@link TransportConfig#defaults()}. With an
         * {@code SSLContext}, a lent client's certificate pins cannot be checked (OkHttp cannot
         * read the context's trust anchors) and fail closed; without one, a lent client keeps
         * its own TLS settings.
         *
         * @param config connect timeout, response body cap and TLS trust
         * @return this builder
         */
        public Builder config(TransportConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Shares this application-owned client's dispatcher, connection pool and TLS settings.
         * The transport never shuts it down; its own rules (no retries, no redirects, timeouts)
         * apply to a derived copy only.
         *
         * @param client a client the caller keeps and closes
         * @return this builder
         */
        public Builder client(OkHttpClient client) {
            this.client = Objects.requireNonNull(client, "client");
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
         * The transport.
         *
         * @return a new transport, owning its client unless one was lent
         * @throws dev.cfregions.core.errors.ConfigurationException if OkHttp 4 is on the class
         *     path (the message names {@code com.squareup.okhttp3:okhttp} as the artifact to
         *     exclude), or two copies of OkHttp are
         */
        public OkHttpTransport build() {
            OkHttpVersionCheck.requireOkHttp5(OkHttpTransport.class.getClassLoader());
            if (proxySet) {
                config = config.withProxy(proxy);
            }
            return new OkHttpTransport(this);
        }
    }
}
