package dev.cfregions.cli;

import dev.cfregions.cli.output.OutputFormat;
import dev.cfregions.core.params.RetryPolicy;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to the API shares, as a picocli mixin. Credentials are
 * deliberately not among them: they come only from the environment, never from a flag that
 * lands in shell history.
 */
public final class ConnectionOptions {
    /** The official API root, used when neither {@code --api-base} nor {@code CLOUDFLARE_BASE_URL} is set. */
    public static final String OFFICIAL_BASE = "https://api.cloudflare.com/client/v4";

    @Option(names = "--zone", required = true, paramLabel = "ZONE_ID", description = "The zone's id (32 hex characters).")
    String zone;

    @Option(names = "--api-base", paramLabel = "URL",
            description = "API root. Default: $CLOUDFLARE_BASE_URL, else " + OFFICIAL_BASE + ".")
    String apiBase;

    @Option(names = "--api-family", paramLabel = "v1|v2", defaultValue = "v2",
            description = "Endpoint family: v2 (/origin/cloud_regions, default) or the retired v1 (/cache/origin_cloud_regions).")
    ApiFamily family;

    @Option(names = "--transport", paramLabel = "okhttp|apache|netty",
            description = "HTTP transport. Default: the highest-priority one in the jar.")
    TransportName transport;

    @Option(names = "--output", paramLabel = "table|json|csv", defaultValue = "table",
            description = "Output format on stdout (default: table).")
    OutputFormat output;

    @Option(names = "--rate-limit", paramLabel = "N/PERIOD", converter = RateLimitOption.Converter.class,
            description = "Client-side limit shared by every request, e.g. 1200/5m (the account's default limit).")
    RateLimitOption rateLimit;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Batch requests in flight at once during a sync (1-64, default 4).")
    int concurrency;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "2",
            description = "Retries of a failed request (5xx, 429, connection failures), 0-" + RetryPolicy.MAX_RETRIES + ", default 2.")
    int maxRetries;

    /** Creates the mixin (picocli fills it). */
    public ConnectionOptions() {}

    /**
     * Options for a command that only reads one zone ({@code infer --zone}): the defaults for
     * everything but the zone, the API root and the family.
     *
     * @param zone the zone id
     * @param apiBase the API root, or null for {@code CLOUDFLARE_BASE_URL} or the official one
     * @param family the endpoint family
     * @return the options
     */
    public static ConnectionOptions forZone(String zone, String apiBase, ApiFamily family) {
        ConnectionOptions o = new ConnectionOptions();
        o.zone = zone;
        o.apiBase = apiBase;
        o.family = family;
        o.output = OutputFormat.table;
        o.concurrency = 4;
        o.maxRetries = 2;
        return o;
    }

    /**
     * Sets the transport, as {@code --transport} does.
     *
     * @param transport the transport, or null for the highest-priority one in the jar
     * @return these options
     */
    public ConnectionOptions withTransport(TransportName transport) {
        this.transport = transport;
        return this;
    }

    /**
     * Sets the retries, as {@code --max-retries} does (checked when the session opens).
     *
     * @param maxRetries retries of a failed request
     * @return these options
     */
    public ConnectionOptions withMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
        return this;
    }

    /** @return the zone id as given */
    public String zone() {
        return zone;
    }

    /** @return the endpoint family */
    public ApiFamily family() {
        return family;
    }

    /** @return the output format */
    public OutputFormat output() {
        return output;
    }

    /**
     * The API root: {@code --api-base}, else {@code CLOUDFLARE_BASE_URL}, else the official one.
     *
     * @param terminal where the environment comes from
     * @return the base URL to use
     */
    public String baseUrl(Terminal terminal) {
        if (apiBase != null) {
            return apiBase;
        }
        String fromEnv = terminal.env().get("CLOUDFLARE_BASE_URL");
        return fromEnv != null && !fromEnv.isEmpty() ? fromEnv : OFFICIAL_BASE;
    }

    /** @return the transport asked for, or null for the default */
    public TransportName transport() {
        return transport;
    }

    /** @return batch requests in flight at once */
    public int concurrency() {
        return concurrency;
    }

    /** @return retries of a failed request */
    public int maxRetries() {
        return maxRetries;
    }

    /** @return the rate limit asked for, or null for none */
    public RateLimitOption rateLimit() {
        return rateLimit;
    }
}
