package dev.cfregions.core.internal;

import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@code /zones/{zone_id}/cache/origin_cloud_regions} over the client's pipeline. */
final class DefaultOriginCloudRegions implements OriginCloudRegions {
    private static final System.Logger LOG = System.getLogger("dev.cfregions.client");
    private static final String[] ROOT = {"cache", "origin_cloud_regions"};

    private final ApiContext ctx;
    private final RegionCatalog regions;

    DefaultOriginCloudRegions(ApiContext ctx, boolean validateRegions) {
        this.ctx = ctx;
        this.regions = validateRegions ? new RegionCatalog((zone, deadline) -> supportedRegions(zone, deadline), ctx.clock()) : null;
    }

    @Override
    public CompletableFuture<ZoneSetting<List<Mapping>>> listAsync(ListParams p) {
        Objects.requireNonNull(p, "params");
        return call(request("GET", null, p.zoneId()), true, ctx.deadline(), r -> V1Codec.mappingList(r, ctx.clock()));
    }

    @Override
    public CompletableFuture<ZoneSetting<Mapping>> createAsync(CreateParams p) {
        Objects.requireNonNull(p, "params");
        Mapping wanted = Mapping.of(p.ip(), p.vendor(), p.region());
        HttpRequest request = request("POST", V1Codec.entry(p.ip(), p.vendor(), p.region()), p.zoneId());
        Deadline deadline = ctx.deadline();
        return afterRegionCheck(p.zoneId(), List.of(wanted), false, deadline, () -> Futures.compose(ctx.send(request, false, deadline), exchange -> {
            HttpResponse r = exchange.response();
            if (r.isSuccessful()) {
                return CompletableFuture.completedFuture(V1Codec.mapping(r, ctx.clock()));
            }
            RuntimeException error = V1Codec.error(r, ctx.clock());
            if (exchange.retried() && error instanceof ApiException api && api.hasCode(ErrorCodes.ALREADY_EXISTS)) {
                return confirmEarlierAttempt(p.zoneId(), wanted, api, deadline);
            }
            return CompletableFuture.failedFuture(error);
        }));
    }

    /**
     * A retried create answered "already exists": the earlier attempt probably landed. Read the
     * mapping back; it is our success if it is what we asked for, otherwise the 1145 stands.
     * When the read-back itself fails (dropped connection, garbage body, an error status), the
     * 1145 is still what the caller gets, with the read-back's failure attached as suppressed:
     * the caller must still be able to tell that the first POST probably landed.
     */
    private CompletableFuture<ZoneSetting<Mapping>> confirmEarlierAttempt(String zoneId, Mapping wanted, ApiException alreadyExists,
            Deadline deadline) {
        LOG.log(Level.DEBUG, "retried create of {0} answered 1145; reading it back", wanted.ip());
        HttpRequest get = request("GET", null, zoneId, wanted.ip().value());
        CompletableFuture<ZoneSetting<Mapping>> readBack = Futures.map(ctx.send(get, true, deadline),
                exchange -> V1Codec.mapping(exchange.response(), ctx.clock()));
        return Futures.compose(Futures.settled(readBack), outcome -> {
            if (outcome.failure() != null) {
                alreadyExists.addSuppressed(outcome.failure());
            } else if (outcome.value().value().sameTarget(wanted)) {
                return CompletableFuture.completedFuture(outcome.value());
            }
            return CompletableFuture.failedFuture(alreadyExists);
        });
    }

    @Override
    public CompletableFuture<ZoneSetting<List<Mapping>>> editAsync(EditParams p) {
        Objects.requireNonNull(p, "params");
        Mapping wanted = Mapping.of(p.ip(), p.vendor(), p.region());
        HttpRequest request = request("PATCH", V1Codec.entry(p.ip(), p.vendor(), p.region()), p.zoneId());
        Deadline deadline = ctx.deadline();
        return afterRegionCheck(p.zoneId(), List.of(wanted), false, deadline,
                () -> call(request, true, deadline, r -> V1Codec.mappingList(r, ctx.clock())));
    }

    @Override
    public CompletableFuture<ZoneSetting<Mapping>> getAsync(GetParams p) {
        Objects.requireNonNull(p, "params");
        return call(request("GET", null, p.zoneId(), p.ip().value()), true, ctx.deadline(), r -> V1Codec.mapping(r, ctx.clock()));
    }

    @Override
    public CompletableFuture<ZoneSetting<Mapping>> deleteAsync(DeleteParams p) {
        Objects.requireNonNull(p, "params");
        return call(request("DELETE", null, p.zoneId(), p.ip().value()), true, ctx.deadline(), r -> V1Codec.mapping(r, ctx.clock()));
    }

    @Override
    public CompletableFuture<ZoneSetting<BatchResult>> bulkEditAsync(BulkEditParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = request("PATCH", V1Codec.entries(p.items()), p.zoneId(), "batch");
        Deadline deadline = ctx.deadline();
        return afterRegionCheck(p.zoneId(), p.items(), true, deadline,
                () -> call(request, true, deadline, r -> V1Codec.batch(r, ctx.clock())));
    }

    @Override
    public CompletableFuture<ZoneSetting<BatchResult>> bulkDeleteAsync(BulkDeleteParams p) {
        Objects.requireNonNull(p, "params");
        List<OriginIp> ips = p.ips();
        return call(request("DELETE", V1Codec.ips(ips), p.zoneId(), "batch"), true, ctx.deadline(), r -> V1Codec.batch(r, ctx.clock()));
    }

    @Override
    public CompletableFuture<SupportedRegions> supportedRegionsAsync(SupportedRegionsParams p) {
        Objects.requireNonNull(p, "params");
        return supportedRegions(p.zoneId(), ctx.deadline());
    }

    private CompletableFuture<SupportedRegions> supportedRegions(String zoneId, Deadline deadline) {
        return call(request("GET", null, zoneId, "supported_regions"), true, deadline, r -> V1Codec.supportedRegions(r, ctx.clock()));
    }

    private HttpRequest request(String method, byte[] body, String zoneId, String... tail) {
        String[] segments = new String[ROOT.length + tail.length];
        System.arraycopy(ROOT, 0, segments, 0, ROOT.length);
        System.arraycopy(tail, 0, segments, ROOT.length, tail.length);
        return ctx.request(method, body, zoneId, segments);
    }

    private <T> CompletableFuture<T> call(HttpRequest request, boolean idempotent, Deadline deadline,
            Function<HttpResponse, T> decode) {
        return Futures.map(ctx.send(request, idempotent, deadline), exchange -> decode.apply(exchange.response()));
    }

    private <T> CompletableFuture<T> afterRegionCheck(String zoneId, List<Mapping> items, boolean batch, Deadline deadline,
            java.util.function.Supplier<CompletableFuture<T>> then) {
        if (regions == null) {
            return then.get();
        }
        return Futures.compose(regions.check(zoneId, items, batch, deadline), v -> then.get());
    }
}
