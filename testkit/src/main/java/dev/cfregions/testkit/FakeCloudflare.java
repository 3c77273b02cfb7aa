package dev.cfregions.testkit;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-memory, stateful emulation of Cloudflare's Origin Cloud Regions API: the state of every
 * zone in one place, safe under concurrent requests, answering with Cloudflare's envelopes,
 * statuses and codes.
 *
 * <h2>Two endpoint families on one state</h2>
 * Both families are served, as two views of each zone's one set of mappings: a mapping written
 * through one is read through the other, with the same rules (validation order, the 3,500
 * limit, batch semantics) and each family's own field names.
 * <ul>
 *   <li>v2, current: {@code /zones/{zone_id}/origin/cloud_regions} ({@code origin_ip} in and out;
 *       list paged with {@code page} and {@code per_page}; PUT one and PUT batch upsert).</li>
 *   <li>v1, deprecated: {@code /zones/{zone_id}/cache/origin_cloud_regions} ({@code ip} in,
 *       {@code origin-ip} out, the {@code origin_public_cloud_region} wrapper). It can be retired
 *       ({@link #retireV1(int)}): it then answers 410 or 404 with code 7000, as Cloudflare may
 *       after the family's end of life.</li>
 * </ul>
 *
 * <h2>Two faces on one state</h2>
 * <ul>
 *   <li>{@link #transport()}: an in-process {@link HttpTransport} (no socket) to plug into
 *       {@code CloudflareClient}; pair it with base URL {@link #IN_PROCESS_BASE_URL}.</li>
 *   <li>{@link #start()}: a real HTTP/1.1 server on 127.0.0.1, ephemeral port, at
 *       {@link #baseUrl()} (ending in {@code /client/v4}) for any transport, curl or an official SDK.</li>
 * </ul>
 *
 * <h2>Quick start</h2>
 * <pre>{@code
 * try (FakeCloudflare fake = FakeCloudflare.builder().token("test-token", TokenScope.allZones()).build()) {
 *     fake.start();
 *     // curl -H 'Authorization: Bearer test-token' \
 *     //   fake.baseUrl() + "/zones/023e105f4ecef8ad9ca31a8372d0c353/origin/cloud_regions?per_page=100"
 * }
 * }</pre>
 *
 * <h2>Credentials</h2>
 * Requests must authenticate as Cloudflare's do: {@code Authorization: Bearer <token>} for a
 * token registered with {@link #registerToken}, or {@code X-Auth-Email} + {@code X-Auth-Key}
 * registered with {@link #registerApiKey}. Every well-formed zone id (32 lower-case hex
 * characters) is a zone; a token can be limited to some zones or to reads ({@link TokenScope}).
 *
 * <h2>Control API over HTTP</h2>
 * For tests in other languages, the server also answers under {@code /__fake} (outside
 * {@code /client/v4}, so it cannot collide with Cloudflare's paths). Bodies are JSON:
 * <pre>
 * GET    /__fake/health
 * POST   /__fake/reset
 * POST   /__fake/tokens                   {"token":"t","zones":["&lt;zone&gt;"],"read_only":false}   (survives reset)
 * DELETE /__fake/tokens                   {"token":"t"}
 * POST   /__fake/api_keys                 {"email":"a@example.com","key":"k"}
 * POST   /__fake/zones/{zone}/mappings    [{"ip":"192.0.2.1","vendor":"aws","region":"us-east-1"}]
 * GET    /__fake/zones/{zone}/mappings   (DELETE empties that zone)
 * PUT    /__fake/zones/{zone}/tiered_cache {"enabled":false}
 * PUT    /__fake/supported_regions        {"obtained_codes":true,"vendors":{...}}
 * PUT    /__fake/rate_limit               {"requests":1200,"window_seconds":300}   (DELETE switches it off)
 * PUT    /__fake/retire_v1                {"status":410}   (or 404; DELETE serves v1 again)
 * PUT    /__fake/paging                   {"max_per_page":5,"ignore_page":false}   (DELETE: as the reference)
 * POST   /__fake/clock                    {"now":"2026-03-01T12:00:00Z"} or {"advance_seconds":60}
 * POST   /__fake/faults                   {"method":"POST","path":"/zones/{@literal *}/cache/origin_cloud_regions","times":1,
 *                                          "fault":{"type":"status","status":503,"headers":{"Retry-After":"1"}}}
 * POST   /__fake/faults/random            {"seed":7,"rate":0.2,"faults":[{"type":"drop_connection"}]}
 * GET    /__fake/faults                   (how many scripted faults are pending; DELETE clears all)
 * GET    /__fake/journal?method=GET&amp;path=/zones/{@literal *}/origin/{@literal **}   (filters optional; DELETE clears it)
 * POST   /__fake/journal/verify           {"method":"PUT","path":"/zones/{@literal *}/origin/cloud_regions/2001:db8::1",
 *                                          "body":{"equal_to_json":{"vendor":"aws"},"ignore_extra_fields":true},"count":{"exactly":1}}
 * </pre>
 * testkit/README.md documents every route's request and answer and what survives a reset.
 * Fault types: {@code status} (status, code?, message?, headers?), {@code rate_limited}
 * (retry_after_seconds), {@code delay} (millis), {@code drop_connection}, {@code truncated_body},
 * {@code throttled_body} (bytes_per_second),
 * {@code non_json_body} (status?), {@code html_error_page} (status), {@code response} (status,
 * headers?, body? or body_base64?), {@code apply_then_fail} (answer?: a fault object, default a 503 status).
 *
 * <h2>Official SDKs</h2>
 * Point Cloudflare's TypeScript SDK at the server with
 * {@code new Cloudflare({ apiToken: "test-token", baseURL: fake.baseUrl() })} after registering
 * the token: {@code cloudflare@6.0.0} speaks v1, {@code cloudflare@7.3.0} v2, both under
 * {@code client.cache.originCloudRegions}. Note that their {@code bulkDelete} sends no body,
 * which the fake (like the documented schema) refuses with 400 / 1146 {@code Request body must
 * be a JSON array}; with 7.3.0, pass the IPs as the request option {@code body}.
 *
 * <h2>Stand-alone</h2>
 * {@code java -cp cfregions-testkit.jar:cfregions-core.jar:jackson-core.jar dev.cfregions.testkit.FakeCloudflareMain --port 8787 --token test-token}
 * (see {@link FakeCloudflareMain}).
 *
 * <p>Thread-safe. {@link #close()} stops the server and every thread the fake started.
 */
public final class FakeCloudflare implements AutoCloseable {
    /** The zone id of Cloudflare's documented examples, handy in tests. */
    public static final String EXAMPLE_ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";

    /**
     * The base URL to give a client that uses {@link #transport()}: the in-process transport
     * ignores scheme and host, and {@code .invalid} can never resolve, so a mix-up fails fast.
     */
    public static final String IN_PROCESS_BASE_URL = "https://fake-cloudflare.invalid/client/v4";

    private final Builder config;
    private final FakeClock clock;
    private final ZoneStore store = new ZoneStore();
    private final Authenticator authenticator = new Authenticator();
    /** Credentials registered over the control API: kept across {@link #reset()}. */
    private final Map<String, TokenScope> controlTokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> controlApiKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final RequestJournal journal = new RequestJournal();
    private final Faults faults = new Faults();
    private final RateLimiter rateLimiter;
    private final AtomicReference<SupportedRegions> catalog;
    private final AtomicReference<PagingQuirks> paging = new AtomicReference<>(PagingQuirks.NONE);
    private final FakeEngine engine;
    private final ScheduledExecutorService scheduler;
    /** In-process answers held back by a delay fault; failed on close. */
    private final Set<CompletableFuture<HttpResponse>> delayedAnswers = ConcurrentHashMap.newKeySet();
    private LoopbackServer server;
    private boolean closed;

    private FakeCloudflare(Builder b) {
        this.config = b.copy();
        this.clock = new FakeClock(b.clock);
        this.catalog = new AtomicReference<>(b.supportedRegions);
        this.rateLimiter = new RateLimiter(b.rateLimit, clock);
        FakeSettings settings = new FakeSettings(b.v1DeleteNotFoundCode, b.tieredCacheEnabled);
        MappingRules rules = new MappingRules(store, clock, catalog::get, settings, paging::get);
        this.engine = new FakeEngine(journal, faults, authenticator, rateLimiter, rules, new ControlApi(this), clock);
        engine.v1RetiredStatus(b.v1RetiredStatus);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fake-cloudflare-scheduler");
            t.setDaemon(true);
            return t;
        });
        registerConfiguredCredentials();
    }

    /**
     * {@return A builder with the defaults: system UTC clock, the bundled catalog, 1163, Tiered Cache on, no rate limit}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return A fake with every default and no credentials yet} */
    public static FakeCloudflare create() {
        return builder().build();
    }

    // ---- credentials ----

    /**
     * Accepts {@code Authorization: Bearer <token>} for every zone, read-write.
     *
     * @param token the token
     * @return this fake
     */
    public FakeCloudflare registerToken(String token) {
        return registerToken(token, TokenScope.allZones());
    }

    /**
     * Accepts {@code Authorization: Bearer <token>} within {@code scope}.
     *
     * @param token the token
     * @param scope the zones and access the token has
     * @return this fake
     */
    public FakeCloudflare registerToken(String token, TokenScope scope) {
        authenticator.registerToken(token, Objects.requireNonNull(scope, "scope"));
        return this;
    }

    /**
     * Accepts {@code X-Auth-Email: <email>} + {@code X-Auth-Key: <key>} for every zone.
     *
     * @param email the account email
     * @param key the global API key
     * @return this fake
     */
    public FakeCloudflare registerApiKey(String email, String key) {
        authenticator.registerApiKey(email, key);
        return this;
    }

    // ---- state ----

    /**
     * Puts mappings straight into a zone, bypassing the API (no auth, no faults, no vendor
     * check). A mapping without {@code modifiedOn} gets the fake's current time.
     *
     * @param zoneId the zone id
     * @param mappings the mappings to put in the zone
     * @return this fake
     * @throws IllegalArgumentException for a malformed zone id, or when the zone would pass 3,500 mappings
     */
    public FakeCloudflare seed(String zoneId, Mapping... mappings) {
        return seed(zoneId, Arrays.asList(mappings));
    }

    /**
     * As {@link #seed(String, Mapping...)}.
     *
     * @param zoneId the zone id
     * @param mappings the mappings to put in the zone
     * @return this fake
     */
    public FakeCloudflare seed(String zoneId, Collection<Mapping> mappings) {
        ZoneIds.require(zoneId);
        ZoneState zone = store.zone(zoneId);
        Instant now = clock.now();
        synchronized (zone) {
            long fresh = mappings.stream().map(m -> m.ip().value()).distinct().filter(ip -> !zone.contains(ip)).count();
            if (zone.size() + fresh > ZoneState.LIMIT) {
                throw new IllegalArgumentException("Seeding " + fresh + " new mappings would put zone " + zoneId
                        + " over the limit of " + ZoneState.LIMIT + " (it holds " + zone.size() + ")");
            }
            for (Mapping m : mappings) {
                zone.seed(new StoredMapping(m.ip().value(), m.vendor().value(), m.region(),
                        m.modifiedOn() == null ? now : m.modifiedOn()));
            }
        }
        return this;
    }

    /**
     * {@return A zone's mappings in list order, with their timestamps; empty for an empty zone}
     *
     * @param zoneId the zone id
     */
    public List<Mapping> mappings(String zoneId) {
        ZoneIds.require(zoneId);
        ZoneState zone = store.find(zoneId);
        if (zone == null) {
            return List.of();
        }
        List<StoredMapping> stored;
        synchronized (zone) {
            stored = zone.list();
        }
        List<Mapping> out = new ArrayList<>(stored.size());
        for (StoredMapping m : stored) {
            out.add(new Mapping(OriginIp.of(m.ip()), Vendor.of(m.vendor()), m.region(), m.modifiedOn()));
        }
        return out;
    }

    /** {@return every non-empty zone and its mappings, zones sorted by id} */
    public Map<String, List<Mapping>> zones() {
        Map<String, List<Mapping>> out = new LinkedHashMap<>();
        store.snapshot().keySet().forEach(z -> out.put(z, mappings(z)));
        return out;
    }

    /**
     * {@return when the zone's mapping set last changed, or null when the zone has no record}
     *
     * @param zoneId the zone id
     */
    public Instant zoneModifiedOn(String zoneId) {
        ZoneState zone = store.find(ZoneIds.require(zoneId));
        if (zone == null) {
            return null;
        }
        synchronized (zone) {
            return zone.modifiedOn();
        }
    }

    /**
     * Turns Tiered Cache on or off for one zone; off makes supported_regions answer 400 / 1148.
     *
     * @param zoneId the zone id
     * @param enabled whether Tiered Cache is on
     * @return this fake
     */
    public FakeCloudflare setTieredCache(String zoneId, boolean enabled) {
        ZoneState zone = store.zone(ZoneIds.require(zoneId));
        synchronized (zone) {
            zone.tieredCache(enabled);
        }
        return this;
    }

    /**
     * Replaces the supported-regions catalog that answers supported_regions and validates writes.
     *
     * @param regions the catalog
     * @return this fake
     */
    public FakeCloudflare setSupportedRegions(SupportedRegions regions) {
        catalog.set(Objects.requireNonNull(regions, "regions"));
        return this;
    }

    /** {@return the catalog in use} */
    public SupportedRegions supportedRegions() {
        return catalog.get();
    }

    /**
     * Back to the state just after {@link Builder#build()}: no mappings, only the builder's
     * credentials, its clock and catalog, no faults, an empty journal and rate-limit counters,
     * v1 served or retired as the builder said, v2 paging as the reference describes it.
     * The server, if started, keeps running on the same port.
     */
    public void reset() {
        store.clear();
        authenticator.clear();
        registerConfiguredCredentials();
        clock.reset();
        catalog.set(config.supportedRegions);
        faults.clear();
        journal.clear();
        rateLimiter.clear();
        engine.v1RetiredStatus(config.v1RetiredStatus);
        paging.set(PagingQuirks.NONE);
    }

    /**
     * Retires the v1 family ({@code /zones/{zone_id}/cache/origin_cloud_regions}), as Cloudflare
     * may after its end of life (2026-10-01, reference §15 #25): every request that would reach
     * a v1 endpoint is answered {@code status} (404 or 410) with {@code errors: [{code: 7000,
     * message: "No route for that URI"}]}, after the journal and faults and before credentials are
     * checked; nothing is read or written. The v2 family and the mappings are unaffected.
     * {@link #reset()} restores the builder's setting ({@link Builder#v1Retired(int)}).
     *
     * @param status 410 (Gone) or 404 (Not Found)
     * @return this fake
     * @throws IllegalArgumentException for any other status
     */
    public FakeCloudflare retireV1(int status) {
        engine.v1RetiredStatus(FakeEngine.requireRetiredStatus(status));
        return this;
    }

    /**
     * Serves the v1 family again after {@link #retireV1(int)}.
     *
     * @return this fake
     */
    public FakeCloudflare restoreV1() {
        engine.v1RetiredStatus(0);
        return this;
    }

    /**
     * The status a retired v1 family answers with.
     *
     * @return 404 or 410 while v1 is retired, 0 while it is served
     */
    public int v1RetiredStatus() {
        return engine.v1RetiredStatus();
    }

    /**
     * Makes the v2 list serve pages of at most {@code max} mappings whatever {@code per_page}
     * asks, reporting the smaller size in {@code result_info.per_page} (the "page size in
     * effect"), as a server may: for testing a client's paging against it. {@code per_page} is
     * still validated (1..100). {@link #reset()} lifts the cap.
     *
     * @param max the largest page, 1..100 (100 lifts the cap)
     * @return this fake
     * @throws IllegalArgumentException when {@code max} is outside 1..100
     */
    public FakeCloudflare capPerPage(int max) {
        paging.updateAndGet(p -> new PagingQuirks(max, p.ignorePage()));
        return this;
    }

    /**
     * Makes the v2 list ignore its {@code page} parameter and answer page 1 every time, as a
     * broken server or proxy might: for testing that a client's auto-pagination notices a
     * repeated page instead of looping. {@link #reset()} turns it off.
     *
     * @param ignore true to ignore {@code page}, false for the reference behaviour
     * @return this fake
     */
    public FakeCloudflare ignorePageParameter(boolean ignore) {
        paging.updateAndGet(p -> new PagingQuirks(p.maxPerPage(), ignore));
        return this;
    }

    /**
     * Limits requests per credential to {@code requests} per {@code window} from now on
     * (429 / 971 with {@code Retry-After} beyond it); {@link #reset()} restores the builder's
     * setting.
     *
     * @param requests how many requests a credential may send per window, positive
     * @param window the length of the window, positive
     * @return this fake
     */
    public FakeCloudflare setRateLimit(int requests, Duration window) {
        rateLimiter.set(new RateLimit(requests, window));
        return this;
    }

    /**
     * Switches the rate limit off until {@link #reset()} or the next {@link #setRateLimit}.
     *
     * @return this fake
     */
    public FakeCloudflare clearRateLimit() {
        rateLimiter.set(null);
        return this;
    }

    // ---- time ----

    /**
     * Replaces the clock that stamps {@code modified_on} (and drives the rate limiter).
     *
     * @param clock the clock that stamps {@code modified_on}
     * @return this fake
     */
    public FakeCloudflare setClock(Clock clock) {
        this.clock.set(clock);
        return this;
    }

    /** How many zones hold state: reads never add one (package-private, for tests). */
    int storedZoneCount() {
        return store.size();
    }

    /** The engine both faces share (package-private, for tests that drive it without a face). */
    FakeEngine engine() {
        return engine;
    }

    /**
     * Moves the clock forward.
     *
     * @param by how far to move the clock, not negative
     * @return this fake
     */
    public FakeCloudflare advanceClock(Duration by) {
        clock.advance(by);
        return this;
    }

    /** {@return the fake's current time, in whole seconds} */
    public Instant now() {
        return clock.now();
    }

    // ---- faults and journal ----

    /**
     * Scripted and random fault injection.
     *
     * @return the fake's fault injector
     */
    public Faults faults() {
        return faults;
    }

    /** {@return the requests received so far} */
    public RequestJournal journal() {
        return journal;
    }

    // ---- faces ----

    /**
     * {@return A new in-process transport onto this fake} Close it when done; closing it leaves the fake
     * running. Use with base URL {@link #IN_PROCESS_BASE_URL} (any host works).
     */
    public HttpTransport transport() {
        checkOpen();
        return new InProcessTransport(engine, scheduler, this::isClosed, delayedAnswers);
    }

    /**
     * Starts the loopback HTTP server if it is not running yet. Returns this fake.
     *
     * @return this fake
     */
    public synchronized FakeCloudflare start() {
        checkOpen();
        if (server == null) {
            server = LoopbackServer.start(engine, scheduler, config.port, HttpLimits.of(config.readTimeout, config.idleTimeout));
        }
        return this;
    }

    /**
     * {@return the loopback server's API root, {@code http://127.0.0.1:<port>/client/v4}}
     *
     * @throws IllegalStateException before {@link #start()}
     */
    public synchronized String baseUrl() {
        return "http://127.0.0.1:" + port() + Router.API_PREFIX;
    }

    /**
     * {@return the loopback server's port}
     *
     * @throws IllegalStateException before {@link #start()}
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The loopback server is not running: call start() first");
        }
        return server.port();
    }

    /** Stops the server and the fake's threads; idempotent. In-process transports then fail. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.close();
        }
        scheduler.shutdownNow();
        for (CompletableFuture<HttpResponse> f : delayedAnswers) {
            f.completeExceptionally(new TransportException("The FakeCloudflare was closed before it answered"));
        }
    }

    /** {@return whether {@link #close()} was called} */
    public synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new IllegalStateException("This FakeCloudflare is closed");
        }
    }

    private void registerConfiguredCredentials() {
        config.tokens.forEach(authenticator::registerToken);
        config.apiKeys.forEach(authenticator::registerApiKey);
        controlTokens.forEach(authenticator::registerToken);
        controlApiKeys.forEach(authenticator::registerApiKey);
    }

    /**
     * Registers a token over the control API: like one from the builder, it survives
     * {@link #reset()}, because a test in another language cannot re-register it between tests
     * without knowing when a reset happened.
     */
    void registerTokenSurvivingReset(String token, TokenScope scope) {
        authenticator.registerToken(token, scope);
        controlTokens.put(token, scope);
    }

    /** As {@link #registerTokenSurvivingReset} for an email + key pair. */
    void registerApiKeySurvivingReset(String email, String key) {
        authenticator.registerApiKey(email, key);
        controlApiKeys.put(email, key);
    }

    /**
     * Revokes a token, whoever registered it (builder, {@link #registerToken} or the control API),
     * until the next {@link #reset()} for a builder token, for good otherwise: later requests with
     * it are refused as with an unknown token.
     *
     * @param token the token
     * @return whether it was registered
     */
    public boolean removeToken(String token) {
        boolean control = controlTokens.remove(token) != null;
        return authenticator.removeToken(token) || control;
    }

    /**
     * Empties one zone: its mappings and its settings (Tiered Cache) go, as if it had never been
     * written; other zones are untouched.
     *
     * @param zoneId the zone id
     * @return this fake
     * @throws IllegalArgumentException for a malformed zone id
     */
    public FakeCloudflare clearZone(String zoneId) {
        store.remove(ZoneIds.require(zoneId));
        return this;
    }

    /** Configures a {@link FakeCloudflare}; not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private SupportedRegions supportedRegions;
        private int v1DeleteNotFoundCode = 1163;
        private boolean tieredCacheEnabled = true;
        private RateLimit rateLimit;
        private int v1RetiredStatus;
        private int port;
        private Duration readTimeout = HttpLimits.DEFAULT_READ_TIMEOUT;
        private Duration idleTimeout = HttpLimits.DEFAULT_IDLE_TIMEOUT;
        private final Map<String, TokenScope> tokens = new LinkedHashMap<>();
        private final Map<String, String> apiKeys = new LinkedHashMap<>();

        private Builder() {}

        /**
         * The clock that stamps {@code modified_on}; the system UTC clock by default.
         *
         * @param clock the clock that stamps {@code modified_on}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The supported-regions catalog; by default an illustrative one with aws, azure, gcp and oci.
         *
         * @param regions the catalog
         * @return this builder
         */
        public Builder supportedRegions(SupportedRegions regions) {
            this.supportedRegions = Objects.requireNonNull(regions, "regions");
            return this;
        }

        /**
         * The code of v1 DELETE /{ip} for an unknown IP: 1163 (default, per its description) or 1142 (per its example).
         *
         * @param code 1163 or 1142
         * @return this builder
         */
        public Builder v1DeleteNotFoundCode(int code) {
            if (code != 1163 && code != 1142) {
                throw new IllegalArgumentException("v1DeleteNotFoundCode must be 1163 or 1142, got " + code);
            }
            this.v1DeleteNotFoundCode = code;
            return this;
        }

        /**
         * Whether zones have Tiered Cache on (default true); off makes supported_regions answer 400 / 1148.
         *
         * @param enabled whether Tiered Cache is on
         * @return this builder
         */
        public Builder tieredCacheEnabled(boolean enabled) {
            this.tieredCacheEnabled = enabled;
            return this;
        }

        /**
         * Turns on a per-credential limit: beyond {@code requests} per {@code window}, 429 / 971 with Retry-After. Off by default.
         *
         * @param requests how many requests a credential may send per window, positive
         * @param window the length of the window, positive
         * @return this builder
         */
        public Builder rateLimit(int requests, Duration window) {
            this.rateLimit = new RateLimit(requests, window);
            return this;
        }

        /**
         * Builds the fake with the v1 family already retired (see {@link FakeCloudflare#retireV1(int)}),
         * kept across {@link FakeCloudflare#reset()}.
         *
         * @param status 410 (Gone) or 404 (Not Found)
         * @return this builder
         * @throws IllegalArgumentException for any other status
         */
        public Builder v1Retired(int status) {
            this.v1RetiredStatus = FakeEngine.requireRetiredStatus(status);
            return this;
        }

        /**
         * A token registered at build time and again after every {@link #reset()}.
         *
         * @param token the token
         * @param scope the zones and access the token has
         * @return this builder
         */
        public Builder token(String token, TokenScope scope) {
            new Authenticator().registerToken(token, scope); // validates without keeping it
            tokens.put(token, Objects.requireNonNull(scope, "scope"));
            return this;
        }

        /**
         * An API key registered at build time and again after every {@link #reset()}.
         *
         * @param email the account email
         * @param key the global API key
         * @return this builder
         */
        public Builder apiKey(String email, String key) {
            new Authenticator().registerApiKey(email, key);
            apiKeys.put(email, key);
            return this;
        }

        /**
         * The loopback server's port; 0 (default) picks a free one.
         *
         * @param port the port, or 0 for a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * How long the loopback server waits for a request to arrive in full, from its first
         * byte to its last (default 10 s). A slower client gets 408 and its connection closed,
         * so half-sent requests cannot pile up.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if the timeout is not positive
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = HttpLimits.of(Objects.requireNonNull(timeout, "timeout"), idleTimeout).readTimeout();
            return this;
        }

        /**
         * How long the loopback server keeps an idle kept-alive connection (default 30 s, as the
         * JDK's server did) before closing it.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if the timeout is not positive
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = HttpLimits.of(readTimeout, Objects.requireNonNull(timeout, "timeout")).idleTimeout();
            return this;
        }

        /** {@return the fake, not yet started; call {@link FakeCloudflare#start()} for the loopback server} */
        public FakeCloudflare build() {
            if (supportedRegions == null) {
                supportedRegions = SupportedRegionsJson.defaultCatalog();
            }
            return new FakeCloudflare(this);
        }

        private Builder copy() {
            Builder c = new Builder();
            c.clock = clock;
            c.supportedRegions = supportedRegions;
            c.v1DeleteNotFoundCode = v1DeleteNotFoundCode;
            c.tieredCacheEnabled = tieredCacheEnabled;
            c.rateLimit = rateLimit;
            c.v1RetiredStatus = v1RetiredStatus;
            c.port = port;
            c.readTimeout = readTimeout;
            c.idleTimeout = idleTimeout;
            c.tokens.putAll(tokens);
            c.apiKeys.putAll(apiKeys);
            return c;
        }
    }
}
