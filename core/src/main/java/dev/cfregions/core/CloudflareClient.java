package dev.cfregions.core;

import dev.cfregions.core.cache.Cache;
import dev.cfregions.core.errors.ClientClosedException;
import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.intercept.Interceptor;
import dev.cfregions.core.internal.ApiContext;
import dev.cfregions.core.internal.BaseUrlRedaction;
import dev.cfregions.core.internal.ClosedGuardTransport;
import dev.cfregions.core.internal.BodyLimitTransport;
import dev.cfregions.core.internal.DeadlineGuardTransport;
import dev.cfregions.core.internal.DefaultCache;
import dev.cfregions.core.internal.DefaultOrigin;
import dev.cfregions.core.internal.InterceptedPipeline;
import dev.cfregions.core.internal.LoggingTransport;
import dev.cfregions.core.internal.RateLimitingTransport;
import dev.cfregions.core.internal.RetryRules;
import dev.cfregions.core.internal.RetryingCaller;
import dev.cfregions.core.internal.RequestHeadersTransport;
import dev.cfregions.core.internal.TokenBucket;
import dev.cfregions.core.internal.TransportSelector;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.origin.Origin;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.TransportConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * The entry point: a client for Cloudflare's API, configured once and shared. Thread-safe.
 *
 * <pre>{@code
 * try (CloudflareClient client = CloudflareClient.builder().apiToken(token).build()) {
 *     OriginCloudRegions ocr = client.cache().originCloudRegions();
 *     ocr.edit(EditParams.builder().zoneId(zone).ip("2001:db8::1").region("us-central1").vendor(Vendor.GCP).build());
 * }
 * }</pre>
 *
 * <p>Closing the client closes the transport it created; a transport passed to
 * {@link Builder#transport(HttpTransport)} is the caller's and stays open.
 */
public final class CloudflareClient implements AutoCloseable {
    /** Cloudflare's API root. */
    public static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";
    /** The environment variable read for the API root when the builder is given none, as the official SDKs do. */
    public static final String BASE_URL_VARIABLE = "CLOUDFLARE_BASE_URL";

    private final String baseUrl;
    private final Credentials credentials;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final Cache cache;
    private final Origin origin;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CloudflareClient(Builder b, String baseUrl, Credentials credentials, HttpTransport transport, boolean owns) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.transport = transport;
        this.ownsTransport = owns;
        // the closed check is outermost, to fail a call at once, and innermost, for a request
        // that was waiting (on the rate limiter, say) when the client closed
        HttpTransport afterInterceptors = new DeadlineGuardTransport(
                new BodyLimitTransport(new ClosedGuardTransport(transport, closed::get), b.maxResponseBytes), b.connectTimeout);
        String userAgent = b.userAgentPrefix == null ? defaultUserAgent() : b.userAgentPrefix + " " + defaultUserAgent();
        TokenBucket bucket = b.rateLimitRequests > 0
                ? new TokenBucket(b.rateLimitRequests, b.rateLimitWindow, b.clock, b.sleeper::sleep)
                : null;
        UnaryOperator<HttpTransport> beforeInterceptors = next -> {
            HttpTransport p = new LoggingTransport(new RequestHeadersTransport(next, credentials::applyTo, userAgent));
            if (bucket != null) {
                p = new RateLimitingTransport(p, bucket, b.clock, b.rateLimitWindow);
            }
            return new ClosedGuardTransport(p, closed::get);
        };
        // interceptors sit after auth and the standard headers, before the deadline guard and the
        // transport; without any, the pipeline is built once and has no interceptor stage at all
        HttpTransport pipeline = b.interceptors.isEmpty()
                ? beforeInterceptors.apply(afterInterceptors)
                : new InterceptedPipeline(beforeInterceptors, afterInterceptors, List.copyOf(b.interceptors));
        RetryRules rules = RetryRules.of(b.retryPolicy, b.sleeper::sleep);
        RetryingCaller caller = new RetryingCaller(pipeline, rules, b.clock, b.random, b.completionExecutor);
        ApiContext context = new ApiContext(baseUrl, caller, b.requestTimeout, b.clock, b.allowUnknownVendors);
        this.cache = new DefaultCache(context, b.validateRegions);
        this.origin = new DefaultOrigin(context, b.validateRegions);
    }

    /** {@return a new builder, with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the {@code /zones/{zone_id}/cache} endpoints} */
    public Cache cache() {
        return cache;
    }

    /**
     * The {@code /zones/{zone_id}/origin} endpoints, among them {@code origin().cloudRegions()}:
     * the current Origin Cloud Regions family, which new code should use.
     *
     * @return the origin group
     */
    public Origin origin() {
        return origin;
    }

    /** {@return the API root requests go to, without a trailing slash} */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return the transport's name, such as {@code okhttp}} */
    public String transportName() {
        return transport.name();
    }

    /**
     * Closes the transport if this client created it. Idempotent. Every call made afterwards
     * (and every retry still to come) fails at once with {@link ClientClosedException}, also
     * when the transport was lent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsTransport) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "CloudflareClient{baseUrl=" + baseUrl + ", transport=" + transport.name() + ", credentials=" + credentials + "}";
    }

    private static String defaultUserAgent() {
        return "cfregions-java/" + Version.VALUE + " (Java " + System.getProperty("java.version") + ")";
    }

    /** Configures a {@link CloudflareClient}. Not thread-safe; {@link #build()} checks everything. */
    public static final class Builder {
        /** The longest timeout accepted; longer ones are surely mistakes (and overflow nanosecond arithmetic). */
        private static final Duration MAX_TIMEOUT = Duration.ofDays(1);

        private String baseUrl;
        private Credentials credentials;
        private Map<String, String> environment;
        private HttpTransport transport;
        private String transportName;
        private Duration connectTimeout = TransportConfig.DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = Duration.ofSeconds(60);
        private long maxResponseBytes = TransportConfig.DEFAULT_MAX_RESPONSE_BYTES;
        private SSLContext sslContext;
        private ProxyConfig proxy;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private String userAgentPrefix;
        private boolean allowInsecureHttp;
        private boolean validateRegions;
        private boolean allowUnknownVendors;
        private int rateLimitRequests;
        private Duration rateLimitWindow;
        private Executor completionExecutor;
        private final List<Interceptor> interceptors = new ArrayList<>();

        private Builder() {}

        /**
         * The API root. When not set (or set to {@code null}), the environment variable
         * {@value CloudflareClient#BASE_URL_VARIABLE} is used if it is set and not empty, as in Cloudflare's
         * official SDKs, else {@value CloudflareClient#DEFAULT_BASE_URL}. Plain http is refused
         * except to loopback; a URL with user info, a query or a fragment is refused, and errors
         * never echo user info.
         *
         * @param baseUrl the API root, such as {@code https://api.cloudflare.com/client/v4}, or {@code null}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The credentials; by default read from the environment (see {@link Credentials#fromEnvironment()}).
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * Authenticates with an API token.
         *
         * @param token the API token
         * @return this builder
         */
        public Builder apiToken(String token) {
            return credentials(Credentials.apiToken(token));
        }

        /**
         * Authenticates with an account email and global API key.
         *
         * @param email the account email
         * @param key the global API key
         * @return this builder
         */
        public Builder apiKey(String email, String key) {
            return credentials(Credentials.apiKey(email, key));
        }

        /** Reads default credentials and base URL from these variables instead of the process environment. */
        Builder environment(Map<String, String> env) {
            this.environment = env;
            return this;
        }

        /**
         * Uses this transport instead of discovering one. The client never closes a transport it
         * was given. Connect timeout, body cap, TLS and proxy settings of this builder then do not apply
         * to the transport itself: configure them on it.
         *
         * @param transport the transport, which stays the caller's to close
         * @return this builder
         */
        public Builder transport(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Discovers the transport whose {@link dev.cfregions.core.spi.TransportProvider#name()} is
         * {@code name} (for example {@code okhttp}, {@code apache}, {@code netty}) instead of the
         * highest-priority one; the client owns and closes it. Ignored when
         * {@link #transport(HttpTransport)} is given.
         *
         * @param name the provider's name
         * @return this builder
         * @throws ConfigurationException at {@link #build()} if no provider of that name is on the class path
         */
        public Builder transportName(String name) {
            this.transportName = Objects.requireNonNull(name, "transportName");
            return this;
        }

        /**
         * How long connecting may take; default 10 s.
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /**
         * How long each attempt may take once connected; default 60 s.
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive("requestTimeout", timeout);
            return this;
        }

        /**
         * The largest response body accepted; default 16 MiB.
         *
         * @param bytes the cap in bytes, from 1 to 2 GiB
         * @return this builder
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes <= 0 || bytes > Integer.MAX_VALUE - 8) {
                throw new ConfigurationException("maxResponseBytes must be between 1 and 2 GiB: " + bytes);
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * TLS trust for a discovered transport; default the JDK's.
         *
         * @param sslContext the TLS context, or {@code null} for the JDK's default
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * Sends through this HTTP proxy (a discovered transport only; configure a lent one
         * yourself); default none.
         *
         * @param proxy the proxy, or {@code null} to connect directly
         * @return this builder
         */
        public Builder proxy(ProxyConfig proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * When and how long to retry; default {@link RetryPolicy#defaults()}.
         *
         * @param policy the retry policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        /**
         * The clock for deadlines and HTTP-date {@code Retry-After}; for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Where async results complete: each attempt's answer is looked at, decoded (a body of
         * thousands of mappings included) and handed to the caller's dependent stages on this
         * executor, not on the transport's I/O thread (the Apache and Netty transports complete
         * there). Unset, they complete on whatever thread the transport completes on. If the
         * executor refuses a task, that step runs on the completing thread, so that no call hangs.
         * The client does not shut the executor down.
         *
         * @param executor runs the completion of every call, such as a {@code ForkJoinPool}
         * @return this builder
         * @throws NullPointerException if {@code executor} is null
         */
        public Builder completionExecutor(Executor executor) {
            this.completionExecutor = Objects.requireNonNull(executor, "completionExecutor");
            return this;
        }

        /**
         * Adds an interceptor, which sees each attempt of every call (retries included) after
         * authentication and before the transport, and may add request headers such as
         * {@code traceparent}; see {@link Interceptor} for what it sees, the order and failures.
         * Interceptors run in the order added on the request side, in reverse on the response
         * side. One that throws fails that call with an
         * {@link dev.cfregions.core.errors.InterceptorException}, never the client. A client
         * without interceptors has no interceptor stage at all.
         *
         * @param interceptor the interceptor, thread-safe: it serves every call at once
         * @return this builder
         * @throws NullPointerException if {@code interceptor} is null
         */
        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * How retries wait; for tests that assert delays without sleeping.
         *
         * @param sleeper waits between attempts
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The source of backoff jitter, numbers in [0, 1); for tests.
         *
         * @param random supplies numbers in [0, 1)
         * @return this builder
         */
        public Builder jitterSource(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * A product token put before the library's own in {@code User-Agent}, such as {@code my-ops-tool/2.1}.
         *
         * @param product the product token, such as {@code my-ops-tool/2.1}; {@code null} or empty for none
         * @return this builder
         */
        public Builder userAgent(String product) {
            if (product != null) {
                for (int i = 0; i < product.length(); i++) {
                    char c = product.charAt(i);
                    if (c < 0x20 || c >= 0x7f) {
                        throw new ConfigurationException("userAgent has a control or non-ASCII character at index " + i);
                    }
                }
            }
            this.userAgentPrefix = product == null || product.isEmpty() ? null : product;
            return this;
        }

        /**
         * Allows a plain {@code http://} base URL to a non-loopback host. Off by default: credentials would travel in clear.
         *
         * @param allow whether plain http may reach a non-loopback host
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * Checks vendor and region of every write against the zone's supported regions, fetched
         * once per zone and kept, and refuses unsupported ones before sending. Off by default.
         *
         * @param validate whether writes are checked against the zone's supported regions
         * @return this builder
         */
        public Builder validateRegions(boolean validate) {
            this.validateRegions = validate;
            return this;
        }

        /**
         * Lets writes name a vendor this library does not know yet. Off by default: a write whose
         * vendor is not one of {@link dev.cfregions.core.model.Vendor#known()} ({@code aws},
         * {@code azure}, {@code gcp}, {@code oci}; case-sensitive, so {@code Vendor.of("AWS")} is
         * not {@code aws}) is refused with {@code ValidationException} before anything is sent.
         * Turn it on only for a vendor the service has added since this release. Reading never
         * needs it: answers naming any vendor decode.
         *
         * @param allow whether writes may name an unknown vendor
         * @return this builder
         */
        public Builder allowUnknownVendors(boolean allow) {
            this.allowUnknownVendors = allow;
            return this;
        }

        /**
         * Sends at most {@code requests} requests in any span of {@code per}, counting every
         * attempt of every call of this client, such as {@code rateLimit(1200, Duration.ofMinutes(5))}
         * for Cloudflare's default account limit. Calls wait (without holding a thread) for their
         * turn instead of running into 429s; a 429 with {@code Retry-After} pauses all of them,
         * for at most {@code per}. Off by default. A token bucket: a tenth of {@code requests}
         * may go at once, the rest is spread evenly over {@code per}.
         *
         * @param requests the most requests per span, at least 1
         * @param per the span, positive and at most a day
         * @return this builder
         * @throws ConfigurationException if {@code requests} is below 1 or {@code per} out of range
         */
        public Builder rateLimit(int requests, Duration per) {
            if (requests < 1) {
                throw new ConfigurationException("rateLimit requests must be at least 1: " + requests);
            }
            this.rateLimitWindow = positive("rateLimit per", per);
            this.rateLimitRequests = requests;
            return this;
        }

        /**
         * {@return the new {@code CloudflareClient}}
         *
         * @throws ConfigurationException if the base URL is invalid or insecure, no credentials
         *     are given or found, or no transport is found
         */
        public CloudflareClient build() {
            Map<String, String> env = environment != null ? environment : System.getenv();
            String fromEnv = env.get(BASE_URL_VARIABLE);
            String url = baseUrl != null ? checkBaseUrl("baseUrl", baseUrl, allowInsecureHttp)
                    : fromEnv != null && !fromEnv.isEmpty() ? checkBaseUrl(BASE_URL_VARIABLE, fromEnv, allowInsecureHttp)
                    : DEFAULT_BASE_URL;
            Credentials creds = credentials != null ? credentials : Credentials.fromEnvironment(env);
            if (transport != null) {
                return new CloudflareClient(this, url, creds, transport, false);
            }
            TransportConfig config = new TransportConfig(connectTimeout, maxResponseBytes, sslContext, proxy);
            HttpTransport created = TransportSelector.select(transportName).create(config);
            return new CloudflareClient(this, url, creds, created, true);
        }

        private static Duration positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero() || d.compareTo(MAX_TIMEOUT) > 0) {
                throw new ConfigurationException(name + " must be positive and at most " + MAX_TIMEOUT + ": " + d);
            }
            return d;
        }

        /** @param source where the URL came from, for the error: {@code baseUrl} or the environment variable */
        static String checkBaseUrl(String source, String baseUrl, boolean allowInsecureHttp) {
            if (baseUrl.isEmpty()) {
                throw new ConfigurationException(source + " must not be empty");
            }
            String shown = BaseUrlRedaction.redact(baseUrl);
            URI uri;
            try {
                uri = new URI(baseUrl);
            } catch (URISyntaxException e) {
                // the exception's own text quotes the input, user info and all
                throw new ConfigurationException(source + " is not a valid URL (" + e.getReason()
                        + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + "): " + shown);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new ConfigurationException(source + " must be an http or https URL: " + shown);
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ConfigurationException(source + " must have a host and no user info, query or fragment: " + shown);
            }
            if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
                throw new ConfigurationException(source + " uses plain http to a non-loopback host, which would send credentials "
                        + "in clear: " + shown + ". Use https, or allowInsecureHttp(true) if you really mean it");
            }
            String s = baseUrl;
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }

        /** Loopback by name or literal only: the host is never resolved. */
        static boolean isLoopback(String host) {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (h.equalsIgnoreCase("localhost")) {
                return true;
            }
            return OriginIp.tryParse(h).map(ip -> {
                byte[] b = ip.toBytes();
                if (b.length == 4) {
                    return b[0] == 127;
                }
                for (int i = 0; i < 15; i++) {
                    if (b[i] != 0) {
                        return false;
                    }
                }
                return b[15] == 1;
            }).orElse(false);
        }
    }
}
