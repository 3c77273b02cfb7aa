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
 *
 * <p>The calls that send requests take a {@link RequestCounter} and tell it of each HTTP request
 * they send, every retry included and whether the call then succeeds or fails: this is where a
 * {@link SyncReport}'s request counts come from, so they equal what the service received.
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
     * @param requests told of each request sent (each page, each retry)
     * @return the mappings
     */
    CompletableFuture<Listing> list(RequestCounter requests);

    /**
     * {@link #list(RequestCounter)} when the requests it makes need not be counted.
     *
     * @return the mappings
     */
    default CompletableFuture<Listing> list() {
        return list(new RequestCounter());
    }

    /**
     * Creates or overwrites up to {@value #MAX_BATCH} mappings in one request (sent again if the
     * client's retry policy says so).
     *
     * @param items the mappings, each IP at most once
     * @param requests told of each request sent
     * @return the per-item outcome: every item is in exactly one of its lists
     */
    CompletableFuture<BatchResult> upsert(List<Mapping> items, RequestCounter requests);

    /**
     * Removes up to {@value #MAX_BATCH} mappings in one request (sent again if the client's retry
     * policy says so).
     *
     * @param ips the IPs, each at most once
     * @param requests told of each request sent
     * @return the per-item outcome: every IP is in exactly one of its lists
     */
    CompletableFuture<BatchResult> delete(List<OriginIp> ips, RequestCounter requests);

    /**
     * The vendors and regions the zone accepts.
     *
     * @return the supported regions
     */
    CompletableFuture<SupportedRegions> supportedRegions();

    /**
     * What {@link #list(RequestCounter)} found; the requests it took are in its counter.
     *
     * @param mappings the zone's mappings in the service's order
     */
    record Listing(List<Mapping> mappings) {
        /**
         * Copies the list.
         *
         * @param mappings the zone's mappings
         */
        public Listing {
            mappings = List.copyOf(Objects.requireNonNull(mappings, "mappings"));
        }
    }
}
