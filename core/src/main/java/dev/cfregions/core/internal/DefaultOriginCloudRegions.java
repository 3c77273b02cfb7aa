package dev.cfregions.core.internal;

import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.RawOriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.params.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /zones/{zone_id}/cache/origin_cloud_regions}: the raw view's calls with the response
 * dropped, so both views are one code path.
 */
final class DefaultOriginCloudRegions implements OriginCloudRegions {
    private final FamilyCaller calls;
    private final RawOriginCloudRegions raw;

    DefaultOriginCloudRegions(ApiContext ctx, boolean validateRegions) {
        this(new FamilyCaller(ctx, Codec.V1, validateRegions));
    }

    private DefaultOriginCloudRegions(FamilyCaller calls) {
        this.calls = calls;
        this.raw = new DefaultRawOriginCloudRegions(calls);
    }

    @Override
    public OriginCloudRegions withOptions(RequestOptions options) {
        return new DefaultOriginCloudRegions(calls.withOptions(options));
    }

    @Override
    public RawOriginCloudRegions withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<ZoneSetting<List<Mapping>>> listAsync(ListParams p) {
        return Futures.map(raw.listAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<ZoneSetting<Mapping>> createAsync(CreateParams p) {
        return Futures.map(raw.createAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<ZoneSetting<List<Mapping>>> editAsync(EditParams p) {
        return Futures.map(raw.editAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<ZoneSetting<Mapping>> getAsync(GetParams p) {
        return Futures.map(raw.getAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<ZoneSetting<Mapping>> deleteAsync(DeleteParams p) {
        return Futures.map(raw.deleteAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<ZoneSetting<BatchResult>> bulkEditAsync(BulkEditParams p) {
        return Futures.map(raw.bulkEditAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<ZoneSetting<BatchResult>> bulkDeleteAsync(BulkDeleteParams p) {
        return Futures.map(raw.bulkDeleteAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<SupportedRegions> supportedRegionsAsync(SupportedRegionsParams p) {
        return Futures.map(raw.supportedRegionsAsync(p), RawResponse::value);
    }
}
