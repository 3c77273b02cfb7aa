package dev.cfregions.core.sync.store;

import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.sync.MappingStore;
import dev.cfregions.core.sync.RequestCounter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The port over the v1 handle, {@code /cache/origin_cloud_regions}: one list request, batch edit and batch delete. */
final class V1Store implements MappingStore {
    private final OriginCloudRegions ocr;
    private final String zoneId;

    V1Store(OriginCloudRegions ocr, String zoneId) {
        this.ocr = ocr;
        this.zoneId = zoneId;
        ListParams.of(zoneId); // validates the zone id now, not at the first call
    }

    @Override
    public String describe() {
        return "v1 zone " + zoneId;
    }

    @Override
    public CompletableFuture<Listing> list(RequestCounter requests) {
        return Calls.call(() -> Calls.map(ocr.withOptions(Calls.counted(requests)).listAsync(ListParams.of(zoneId)),
                z -> new Listing(z.value())));
    }

    @Override
    public CompletableFuture<BatchResult> upsert(List<Mapping> items, RequestCounter requests) {
        return Calls.call(() -> Calls.map(ocr.withOptions(Calls.counted(requests))
                .bulkEditAsync(BulkEditParams.builder().zoneId(zoneId).addItems(items).build()), ZoneSetting::value));
    }

    @Override
    public CompletableFuture<BatchResult> delete(List<OriginIp> ips, RequestCounter requests) {
        return Calls.call(() -> Calls.map(ocr.withOptions(Calls.counted(requests))
                .bulkDeleteAsync(BulkDeleteParams.builder().zoneId(zoneId).addIps(ips).build()), ZoneSetting::value));
    }

    @Override
    public CompletableFuture<SupportedRegions> supportedRegions() {
        return Calls.call(() -> ocr.supportedRegionsAsync(SupportedRegionsParams.of(zoneId)));
    }

    @Override
    public String toString() {
        return "V1Store{" + zoneId + "}";
    }
}
