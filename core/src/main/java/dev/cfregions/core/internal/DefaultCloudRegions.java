package dev.cfregions.core.internal;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.origin.BulkDeleteParams;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.DeleteParams;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.RawCloudRegions;
import dev.cfregions.core.origin.SupportedRegionsParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RequestOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * {@code /zones/{zone_id}/origin/cloud_regions}: the raw view's calls with the response dropped,
 * so both views are one code path; plus auto-pagination over {@link #listAsync}.
 */
final class DefaultCloudRegions implements CloudRegions {
    private final FamilyCaller calls;
    private final RawCloudRegions raw;

    DefaultCloudRegions(ApiContext ctx, boolean validateRegions) {
        this(new FamilyCaller(ctx, Codec.V2, validateRegions));
    }

    private DefaultCloudRegions(FamilyCaller calls) {
        this.calls = calls;
        this.raw = new DefaultRawCloudRegions(calls);
    }

    @Override
    public CloudRegions withOptions(RequestOptions options) {
        return new DefaultCloudRegions(calls.withOptions(options));
    }

    @Override
    public RawCloudRegions withRawResponse() {
        return raw;
    }

    @Override
    public CompletableFuture<MappingPage> listAsync(ListParams p) {
        return Futures.map(raw.listAsync(p), RawResponse::value);
    }

    @Override
    public Iterable<Mapping> listAll(ListParams p) {
        Objects.requireNonNull(p, "params");
        return new PagedMappings(() -> listAsync(p));
    }

    @Override
    public Stream<Mapping> streamAll(ListParams p) {
        Objects.requireNonNull(p, "params");
        return new PagedMappings(() -> listAsync(p)).stream();
    }

    @Override
    public CompletableFuture<Mapping> getAsync(GetParams p) {
        return Futures.map(raw.getAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<Mapping> updateAsync(UpdateParams p) {
        return Futures.map(raw.updateAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<OriginIp> deleteAsync(DeleteParams p) {
        return Futures.map(raw.deleteAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<BatchResult> bulkUpdateAsync(BulkUpdateParams p) {
        return Futures.map(raw.bulkUpdateAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<BatchResult> bulkDeleteAsync(BulkDeleteParams p) {
        return Futures.map(raw.bulkDeleteAsync(p), RawResponse::value);
    }

    @Override
    public CompletableFuture<SupportedRegions> supportedRegionsAsync(SupportedRegionsParams p) {
        return Futures.map(raw.supportedRegionsAsync(p), RawResponse::value);
    }
}
