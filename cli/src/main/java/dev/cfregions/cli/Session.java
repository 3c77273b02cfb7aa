package dev.cfregions.cli;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.Credentials;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.sync.MappingStore;
import dev.cfregions.core.sync.store.MappingStores;

/**
 * One command's connection to a zone: the client built from the options and the environment,
 * and the family-neutral {@link MappingStore} over the chosen endpoint family. Closing it closes
 * the client (and the transport it made).
 */
public final class Session implements AutoCloseable {
    private final CloudflareClient client;
    private final MappingStore store;
    private final ConnectionOptions options;

    private Session(CloudflareClient client, ConnectionOptions options) {
        this.client = client;
        this.options = options;
        this.store = switch (options.family()) {
            case v1 -> MappingStores.v1(client, options.zone());
            case v2 -> MappingStores.v2(client, options.zone());
        };
    }

    /**
     * Builds the client: base URL from the options or {@code CLOUDFLARE_BASE_URL}, credentials
     * from the environment only, the proxy from {@code HTTPS_PROXY}/{@code NO_PROXY}, the
     * transport by name when one is asked for, the rate limit.
     *
     * @param terminal the environment
     * @param options the command's connection options
     * @return the session
     * @throws dev.cfregions.core.errors.ConfigurationException if the credentials are missing or the URL is refused
     */
    public static Session open(Terminal terminal, ConnectionOptions options) {
        String baseUrl = options.baseUrl(terminal);
        CloudflareClient.Builder b = CloudflareClient.builder()
                .baseUrl(baseUrl)
                .credentials(Credentials.fromEnvironment(terminal.env()))
                .userAgent("cfregions-cli/" + BuildInfo.version());
        if (options.maxRetries() < 0 || options.maxRetries() > RetryPolicy.MAX_RETRIES) {
            throw new UsageError("--max-retries must be between 0 and " + RetryPolicy.MAX_RETRIES + ": " + options.maxRetries());
        }
        b.retryPolicy(RetryPolicy.defaults().toBuilder().maxRetries(options.maxRetries()).build());
        ProxyFromEnvironment.read(terminal.env(), baseUrl).ifPresent(b::proxy);
        if (options.transport() != null) {
            b.transportName(options.transport().name());
        }
        if (options.rateLimit() != null) {
            b.rateLimit(options.rateLimit().permits(), options.rateLimit().period());
        }
        return new Session(b.build(), options);
    }

    /** @return the zone's mappings, over the chosen family */
    public MappingStore store() {
        return store;
    }

    /** @return the client, for the single-mapping operations */
    public CloudflareClient client() {
        return client;
    }

    /** @return the options the session was opened with */
    public ConnectionOptions options() {
        return options;
    }

    @Override
    public void close() {
        client.close();
    }
}
