package dev.cfregions.core.internal;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.origin.BulkDeleteParams;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.DeleteParams;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.RawCloudRegions;
import dev.cfregions.core.origin.SupportedRegionsParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.params.RequestOptions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The v2 operations, {@code /zones/{zone_id}/origin/cloud_regions}: flat results, the IP spelled
 * {@code origin_ip} both ways, lists paged with {@code result_info}. The plain handle is this with
 * the responses dropped.
 */
final class DefaultRawCloudRegions implements RawCloudRegions {
    private static final Codec CODEC = Codec.V2;

    private final FamilyCaller calls;

    DefaultRawCloudRegions(FamilyCaller calls) {
        this.calls = calls;
    }

    @Override
    public RawCloudRegions withOptions(RequestOptions options) {
        return new DefaultRawCloudRegions(calls.withOptions(options));
    }

    @Override
    public CompletableFuture<RawResponse<MappingPage>> listAsync(ListParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = calls.get(p.zoneId(), "page=" + p.page() + "&per_page=" + p.perPage());
        return calls.call(p.zoneId(), request, true, calls.deadline(), CODEC.mappings, envelope -> {
            if (envelope.resultInfo() == null) {
                throw new DecodeException("no \"result_info\" in a list response");
            }
            return new DefaultMappingPage(envelope.result(), envelope.resultInfo(), p,
                    next -> Futures.map(listAsync(next), RawResponse::value));
        });
    }

    @Override
    public CompletableFuture<RawResponse<Mapping>> getAsync(GetParams p) {
        Objects.requireNonNull(p, "params");
        return calls.call(p.zoneId(), calls.request("GET", null, p.zoneId(), p.ip().value()), true, calls.deadline(), CODEC.mapping);
    }

    @Override
    public CompletableFuture<RawResponse<Mapping>> updateAsync(UpdateParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = calls.request("PUT", CODEC.entry(p.ip(), p.vendor(), p.region()), p.zoneId(), p.ip().value());
        Deadline deadline = calls.deadline();
        return calls.afterRegionCheck(p.zoneId(), List.of(Mapping.of(p.ip(), p.vendor(), p.region())), false, deadline,
                () -> calls.call(p.zoneId(), request, true, deadline, CODEC.mapping));
    }

    @Override
    public CompletableFuture<RawResponse<OriginIp>> deleteAsync(DeleteParams p) {
        Objects.requireNonNull(p, "params");
        return calls.call(p.zoneId(), calls.request("DELETE", null, p.zoneId(), p.ip().value()), true, calls.deadline(),
                CODEC.deletedIp);
    }

    @Override
    public CompletableFuture<RawResponse<BatchResult>> bulkUpdateAsync(BulkUpdateParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = calls.request("PUT", CODEC.entries(p.items()), p.zoneId(), "batch");
        Deadline deadline = calls.deadline();
        return calls.afterRegionCheck(p.zoneId(), p.items(), true, deadline,
                () -> calls.call(p.zoneId(), request, true, deadline, CODEC.batch));
    }

    @Override
    public CompletableFuture<RawResponse<BatchResult>> bulkDeleteAsync(BulkDeleteParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = calls.request("DELETE", Codec.ips(p.ips()), p.zoneId(), "batch");
        return calls.call(p.zoneId(), request, true, calls.deadline(), CODEC.batch);
    }

    @Override
    public CompletableFuture<RawResponse<SupportedRegions>> supportedRegionsAsync(SupportedRegionsParams p) {
        Objects.requireNonNull(p, "params");
        return calls.supportedRegions(p.zoneId(), calls.deadline());
    }
}
