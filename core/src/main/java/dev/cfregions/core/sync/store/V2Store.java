package dev.cfregions.core.sync.store;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.origin.BulkDeleteParams;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.SupportedRegionsParams;
import dev.cfregions.core.sync.MappingStore;
import dev.cfregions.core.sync.RequestCounter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The port over the v2 handle, {@code /origin/cloud_regions}: the list read page by page (100 per
 * request, without holding a thread between pages), batch update and batch delete.
 */
final class V2Store implements MappingStore {
    private final CloudRegions regions;
    private final String zoneId;

    V2Store(CloudRegions regions, String zoneId) {
        this.regions = regions;
        this.zoneId = zoneId;
        ListParams.of(zoneId); // validates the zone id now, not at the first call
    }

    @Override
    public String describe() {
        return "v2 zone " + zoneId;
    }

    @Override
    public CompletableFuture<Listing> list(RequestCounter requests) {
        Map<OriginIp, Mapping> seen = new LinkedHashMap<>();
        // the next pages are fetched through the same counted view, so each page's attempts count
        return Calls.call(() -> regions.withOptions(Calls.counted(requests))
                .listAsync(ListParams.of(zoneId, 1, ListParams.MAX_PER_PAGE)))
                .thenCompose(first -> rest(first, seen));
    }

    /** Collects this page and the ones after it; an IP a shifting listing shows twice is kept once. */
    private static CompletableFuture<Listing> rest(MappingPage page, Map<OriginIp, Mapping> seen) {
        for (Mapping m : page.mappings()) {
            seen.putIfAbsent(m.ip(), m);
        }
        if (!page.hasNextPage()) {
            return CompletableFuture.completedFuture(new Listing(List.copyOf(seen.values())));
        }
        return page.nextPageAsync().thenCompose(next -> rest(next, seen));
    }

    @Override
    public CompletableFuture<BatchResult> upsert(List<Mapping> items, RequestCounter requests) {
        return Calls.call(() -> regions.withOptions(Calls.counted(requests))
                .bulkUpdateAsync(BulkUpdateParams.builder().zoneId(zoneId).addItems(items).build()));
    }

    @Override
    public CompletableFuture<BatchResult> delete(List<OriginIp> ips, RequestCounter requests) {
        return Calls.call(() -> regions.withOptions(Calls.counted(requests))
                .bulkDeleteAsync(BulkDeleteParams.builder().zoneId(zoneId).addIps(ips).build()));
    }

    @Override
    public CompletableFuture<SupportedRegions> supportedRegions() {
        return Calls.call(() -> regions.supportedRegionsAsync(SupportedRegionsParams.of(zoneId)));
    }

    @Override
    public String toString() {
        return "V2Store{" + zoneId + "}";
    }
}
