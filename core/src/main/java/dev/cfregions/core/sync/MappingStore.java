package dev.cfregions.core.sync;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The port reconciliation talks to: one zone's mappings, whatever endpoint family holds them.
 * Adapters for the two families are in {@code dev.cfregions.core.sync.store.MappingStores}; a test
 * can implement it over a map. Every method is asynchronous and thread-safe; failures complete
 * the future exceptionally with the client's {@link dev.cfregions.core.errors.CloudflareException}
 * types, after the client's own retry policy.
 */
public interface MappingStore {
    /** The most items one {@link #upsert} or {@link #delete} call takes. */
    int MAX_BATCH = 100;

    /**
     * A short name for reports and logs, such as {@code v2 zone 023e105f4ecef8ad9ca31a8372d0c353}.
     *
     * @return the description
     */
    String describe();

    /**
     * Every mapping of the zone, however many requests that takes.
     *
     * @return the mappings and the number of requests made
     */
    CompletableFuture<Listing> list();

    /**
     * Creates or overwrites up to {@value #MAX_BATCH} mappings in one request.
     *
     * @param items the mappings, each IP at most once
     * @return the per-item outcome: every item is in exactly one of its lists
     */
    CompletableFuture<BatchResult> upsert(List<Mapping> items);

    /**
     * Removes up to {@value #MAX_BATCH} mappings in one request.
     *
     * @param ips the IPs, each at most once
     * @return the per-item outcome: every IP is in exactly one of its lists
     */
    CompletableFuture<BatchResult> delete(List<OriginIp> ips);

    /**
     * The vendors and regions the zone accepts.
     *
     * @return the supported regions
     */
    CompletableFuture<SupportedRegions> supportedRegions();

    /**
     * What {@link #list()} found.
     *
     * @param mappings the zone's mappings in the service's order
     * @param requests how many requests the listing took (pages, for a paginated family)
     */
    record Listing(List<Mapping> mappings, int requests) {
        /**
         * Copies the list.
         *
         * @param mappings the zone's mappings
         * @param requests how many requests the listing took
         */
        public Listing {
            mappings = List.copyOf(Objects.requireNonNull(mappings, "mappings"));
            if (requests < 0) {
                throw new IllegalArgumentException("requests must not be negative: " + requests);
            }
        }
    }
}
