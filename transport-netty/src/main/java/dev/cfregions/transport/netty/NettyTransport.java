package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportException;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.DefaultAddressResolverGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link HttpTransport} on Netty 4.2 (NIO): HTTP/1.1 with a keep-alive connection pool per
 * scheme, host and port, TLS through the JDK's {@code SSLEngine} with hostname verification,
 * transparent gzip/deflate decoding, and the decoded body capped at
 * {@link TransportConfig#maxResponseBytes()}. No retries, no redirects.
 *
 * <pre>{@code
 * HttpTransport transport = NettyTransport.builder()
 *         .config(TransportConfig.defaults())
 *         .eventLoopGroup(appGroup)   // optional: share the application's loops
 *         .build();
 * }</pre>
 *
 * <p><b>Threads.</b> Without a lent group the transport starts its own small NIO group of
 * daemon threads ({@code cfregions-netty-*}) and stops it in {@link #close()}, waiting (a
 * bounded time) until they have ended. Netty announces a group's termination on its JVM-wide
 * {@code globalEventExecutor} thread, which it shares between all its users and which ends by
 * itself about a second later; {@code close()} does not wait for that one. A lent group is
 * never shut down; the transport closes only the connections it opened.
 *
 * <p><b>Callbacks run on an event loop thread.</b> The futures returned by {@link #execute}
 * are usually completed on a Netty event loop. A dependent stage ({@code thenApply}, ...)
 * attached without an executor runs there too: it must not block (no {@code join()} on
 * another request). Use the {@code ...Async} variants with an executor for blocking work.
 *
 * <p>Thread-safe. {@link #close()} is idempotent and fails requests still in flight.
 */
public final class NettyTransport implements HttpTransport {
    private static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 64;
    private static final int DEFAULT_MAX_PENDING_PER_HOST = 1024;
    private static final Duration DEFAULT_MAX_IDLE = Duration.ofSeconds(30);
    private static final int OWN_THREADS = 2;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final TransportConfig config;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final int maxConnectionsPerHost;
    private final int maxPendingPerHost;
    private final Duration maxIdle;
    private final AddressResolverGroup<? extends SocketAddress> resolver;
    private final Failures failures;
    private final Tls tls;
    /**
     * When a lent group ends under us, its loops may refuse the tasks that would tell an
     * exchange its connection closed (and its timer dies with the loop), so fail what is in
     * flight from the group's termination instead.
     */
    private final GenericFutureListener<Future<Object>> onLentGroupTerminated =
            f -> failInFlight(new TransportException("The event loop group lent to the Netty transport was shut down"));

    private final ConcurrentHashMap<Origin, ConnectionPool> pools = new ConcurrentHashMap<>();
    private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<Channel> openChannels = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private NettyTransport(Builder b) {
        this.config = b.config;
        this.failures = new Failures(config.connectTimeout(), config.maxResponseBytes());
        this.tls = Tls.using(config.sslContext(), config.connectTimeout()); // before the group: it may throw
        this.ownsGroup = b.group == null;
        this.group = ownsGroup
                ? new MultiThreadIoEventLoopGroup(OWN_THREADS, new DefaultThreadFactory("cfregions-netty", true),
                        NioIoHandler.newFactory())
                : b.group;
        this.maxConnectionsPerHost = b.maxConnectionsPerHost;
        this.maxPendingPerHost = b.maxPendingPerHost;
        this.maxIdle = b.maxIdle;
        this.resolver = b.resolver;
        if (!ownsGroup) {
            group.terminationFuture().addListener(onLentGroupTerminated);
        }
    }

    /** {@return a builder; every setting is optional} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request; see {@link HttpTransport} for the contract. Never throws: bad input
     * (a header value with a line break, say) completes the future with a
     * {@link TransportException} naming the header, never its value.
     */
    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        try {
            Objects.requireNonNull(request, "request");
            if (closed.get()) {
                return CompletableFuture.failedFuture(Failures.transportClosed());
            }
            if (group.isShuttingDown()) {
                return CompletableFuture.failedFuture(new TransportException("The event loop group lent to the Netty transport is shut down"));
            }
            Origin origin = Origin.of(request.uri());
            // Plain http through a proxy goes to the proxy itself, with an absolute target.
            ProxyConfig forwardVia = !origin.tls() && config.proxies(origin.host()) ? config.proxy() : null;
            FullHttpRequest outbound = OutboundRequest.toNetty(request, origin, forwardVia);
            Exchange exchange = new Exchange(outbound, request.timeout(), origin, poolFor(origin), failures);
            inFlight.add(exchange);
            exchange.result().whenComplete((r, t) -> inFlight.remove(exchange));
            exchange.start();
            if (closed.get()) {
                exchange.fail(Failures.transportClosed()); // close() raced with us and may have missed it
            }
            return exchange.result();
        } catch (TransportException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new TransportException("The event loop group is shut down", e));
        } catch (RuntimeException e) {
            // Not the URI: its user-info part could hold a password.
            return CompletableFuture.failedFuture(new TransportException("Could not send the request: " + e, e));
        }
    }

    /** Returns {@code netty}. */
    @Override
    public String name() {
        return NettyTransportProvider.NAME;
    }

    /**
     * Fails requests in flight, closes every connection this transport opened and, if it
     * created its event loop group, shuts that down and waits (up to 5 s) for its threads to
     * end. Idempotent. Called on one of the group's own threads, it starts the shutdown without
     * waiting, since a thread cannot wait for itself to end.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!ownsGroup) {
            group.terminationFuture().removeListener(onLentGroupTerminated);
        }
        failInFlight(Failures.transportClosed());
        List<Future<?>> closing = new ArrayList<>();
        for (ConnectionPool pool : pools.values()) {
            closing.add(pool.close());
        }
        for (Channel ch : List.copyOf(openChannels)) {
            closing.add(ch.close());
        }
        boolean mayWait = !calledFromOwnLoop();
        if (ownsGroup) {
            Future<?> terminated = group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            if (mayWait) {
                terminated.awaitUninterruptibly(SHUTDOWN_WAIT.toMillis());
            }
        } else if (mayWait) {
            long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
            for (Future<?> f : closing) {
                f.awaitUninterruptibly(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        }
    }

    private void failInFlight(TransportException failure) {
        for (Exchange exchange : List.copyOf(inFlight)) {
            exchange.fail(failure);
        }
    }

    private boolean calledFromOwnLoop() {
        for (EventExecutor e : group) {
            if (e.inEventLoop()) {
                return true;
            }
        }
        return false;
    }

    private ConnectionPool poolFor(Origin origin) {
        return pools.computeIfAbsent(origin, o -> new ConnectionPool(o, bootstrap(o), group.next(),
                maxConnectionsPerHost, maxPendingPerHost, maxIdle));
    }

    /**
     * Proxied origins connect to the proxy, whose configured name the resolver looks up; the
     * origin's own name then goes to the proxy, in the {@code CONNECT} (https) or the absolute
     * request target (http).
     */
    private Bootstrap bootstrap(Origin origin) {
        boolean proxied = config.proxies(origin.host());
        return new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .resolver(resolver)
                .remoteAddress(proxied ? InetSocketAddress.createUnresolved(config.proxy().host(), config.proxy().port())
                        : origin.address())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Durations.millisAsInt(config.connectTimeout()))
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .handler(new ChannelSetup(origin, tls, proxied ? config.proxy() : null, (int) config.maxResponseBytes(), openChannels));
    }

    /** Configures a {@link NettyTransport}; not thread-safe. */
    public static final class Builder {
        private TransportConfig config = TransportConfig.defaults();
        private EventLoopGroup group;
        private ProxyConfig proxy;
        private boolean proxySet;
        private int maxConnectionsPerHost = DEFAULT_MAX_CONNECTIONS_PER_HOST;
        private int maxPendingPerHost = DEFAULT_MAX_PENDING_PER_HOST;
        private Duration maxIdle = DEFAULT_MAX_IDLE;
        private AddressResolverGroup<? extends SocketAddress> resolver = DefaultAddressResolverGroup.INSTANCE;

        private Builder() {}

        /**
         * Connect timeout, response body cap and TLS trust; {@link TransportConfig#defaults()} unless set.
         *
         * @param config connect timeout, response body cap and TLS trust
         * @return this builder
         */
        public Builder config(TransportConfig config) {
            this.config = Objects.requireNonNull(config, "config");
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
         * Runs on the application's event loop group instead of creating one. The group must
         * support NIO channels ({@link NioIoHandler}); the transport never shuts it down.
         *
         * @param lent an event loop group the caller keeps and shuts down
         * @return this builder
         */
        public Builder eventLoopGroup(EventLoopGroup lent) {
            Objects.requireNonNull(lent, "eventLoopGroup");
            if (lent instanceof IoEventLoopGroup io && !io.isIoType(NioIoHandler.class)) {
                throw new IllegalArgumentException("eventLoopGroup must run NioIoHandler (the transport uses NIO channels), got "
                        + lent.getClass().getName());
            }
            this.group = lent;
            return this;
        }

        /**
         * The most connections open at once to one scheme+host+port; 64 unless set.
         *
         * @param max the limit, positive
         * @return this builder
         */
        public Builder maxConnectionsPerHost(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnectionsPerHost must be at least 1: " + max);
            }
            this.maxConnectionsPerHost = max;
            return this;
        }

        /**
         * The most requests that may wait for a free connection to one host; more fail at once
         * with a {@link TransportException}. 1024 unless set. A request waits at most the
         * connect timeout.
         *
         * @param max the limit, positive
         * @return this builder
         */
        public Builder maxPendingRequestsPerHost(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxPendingRequestsPerHost must not be negative: " + max);
            }
            this.maxPendingPerHost = max;
            return this;
        }

        /**
         * How long a kept-alive connection may sit unused and still be reused; an older one is
         * closed instead, since servers drop idle connections on their own schedule and a
         * request written into a closing one fails. 30 seconds unless set.
         *
         * @param maxIdle the longest idle time, positive
         * @return this builder
         */
        public Builder maxIdleTime(Duration maxIdle) {
            Objects.requireNonNull(maxIdle, "maxIdleTime");
            if (maxIdle.isNegative()) {
                throw new IllegalArgumentException("maxIdleTime must not be negative: " + maxIdle);
            }
            this.maxIdle = maxIdle;
            return this;
        }

        /**
         * How host names become addresses; Netty's default uses the JDK resolver on the event
         * loop. Lend an asynchronous one (netty-resolver-dns) to keep lookups off the loop. The
         * transport never closes it. IP literals are parsed, never looked up.
         *
         * @param resolver the resolver group
         * @return this builder
         */
        public Builder addressResolverGroup(AddressResolverGroup<? extends SocketAddress> resolver) {
            this.resolver = Objects.requireNonNull(resolver, "addressResolverGroup");
            return this;
        }

        /** {@return a transport with these settings; it owns (and will close) its group only if none was lent} */
        public NettyTransport build() {
            if (proxySet) {
                config = config.withProxy(proxy);
            }
            return new NettyTransport(this);
        }
    }
}
