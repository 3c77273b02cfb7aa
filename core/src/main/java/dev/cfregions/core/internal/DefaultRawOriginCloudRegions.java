package dev.cfregions.core.internal;

import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.RawOriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import java.lang.System.Logger.Level;
import dev.cfregions.core.params.RequestOptions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The v1 operations, {@code /zones/{zone_id}/cache/origin_cloud_regions}: every result wrapped
 * in the zone's setting record, the IP spelled {@code ip} in and {@code origin-ip} out. The plain
 * handle is this with the responses dropped.
 */
final class DefaultRawOriginCloudRegions implements RawOriginCloudRegions {
    private static final System.Logger LOG = System.getLogger("dev.cfregions.client");
    private static final JsonReader<ZoneSetting<List<Mapping>>> LIST = Codec.setting(Codec.V1.mappings);
    private static final JsonReader<ZoneSetting<Mapping>> ONE = Codec.setting(Codec.V1.mapping);
    private static final JsonReader<ZoneSetting<BatchResult>> BATCH = Codec.setting(Codec.V1.batch);

    private final FamilyCaller calls;

    DefaultRawOriginCloudRegions(FamilyCaller calls) {
        this.calls = calls;
    }

    @Override
    public RawOriginCloudRegions withOptions(RequestOptions options) {
        return new DefaultRawOriginCloudRegions(calls.withOptions(options));
    }

    @Override
    public CompletableFuture<RawResponse<ZoneSetting<List<Mapping>>>> listAsync(ListParams p) {
        Objects.requireNonNull(p, "params");
        return calls.call(p.zoneId(), calls.request("GET", null, p.zoneId()), true, calls.deadline(), LIST);
    }

    @Override
    public CompletableFuture<RawResponse<ZoneSetting<Mapping>>> createAsync(CreateParams p) {
        Objects.requireNonNull(p, "params");
        Mapping wanted = Mapping.of(p.ip(), p.vendor(), p.region());
        HttpRequest request = calls.request("POST", Codec.V1.entry(p.ip(), p.vendor(), p.region()), p.zoneId());
        Deadline deadline = calls.deadline();
        return calls.afterRegionCheck(p.zoneId(), List.of(wanted), false, deadline,
                () -> Futures.compose(calls.send(request, false, deadline), exchange -> {
                    HttpResponse r = exchange.response();
                    if (r.isSuccessful()) {
                        return CompletableFuture.completedFuture(calls.decode(p.zoneId(), r, ONE, ResponseDecoder.Envelope::result));
                    }
                    ApiException error = calls.error(p.zoneId(), r);
                    if (exchange.retried() && error.hasCode(ErrorCodes.ALREADY_EXISTS)) {
                        return confirmEarlierAttempt(p.zoneId(), wanted, error, deadline);
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
    private CompletableFuture<RawResponse<ZoneSetting<Mapping>>> confirmEarlierAttempt(String zoneId, Mapping wanted,
            ApiException alreadyExists, Deadline deadline) {
        LOG.log(Level.DEBUG, "retried create of {0} answered 1145; reading it back", wanted.ip());
        HttpRequest get = calls.request("GET", null, zoneId, wanted.ip().value());
        CompletableFuture<RawResponse<ZoneSetting<Mapping>>> readBack = Futures.map(calls.send(get, true, deadline),
                exchange -> calls.decode(zoneId, exchange.response(), ONE, ResponseDecoder.Envelope::result));
        return Futures.compose(Futures.settled(readBack), outcome -> {
            if (outcome.failure() != null) {
                alreadyExists.addSuppressed(outcome.failure());
            } else if (outcome.value().value().value().sameTarget(wanted)) {
                return CompletableFuture.completedFuture(outcome.value());
            }
            return CompletableFuture.failedFuture(alreadyExists);
        });
    }

    @Override
    public CompletableFuture<RawResponse<ZoneSetting<List<Mapping>>>> editAsync(EditParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = calls.request("PATCH", Codec.V1.entry(p.ip(), p.vendor(), p.region()), p.zoneId());
        Deadline deadline = calls.deadline();
        return calls.afterRegionCheck(p.zoneId(), List.of(Mapping.of(p.ip(), p.vendor(), p.region())), false, deadline,
                () -> calls.call(p.zoneId(), request, true, deadline, LIST));
    }

    @Override
    public CompletableFuture<RawResponse<ZoneSetting<Mapping>>> getAsync(GetParams p) {
        Objects.requireNonNull(p, "params");
        return calls.call(p.zoneId(), calls.request("GET", null, p.zoneId(), p.ip().value()), true, calls.deadline(), ONE);
    }

    @Override
    public CompletableFuture<RawResponse<ZoneSetting<Mapping>>> deleteAsync(DeleteParams p) {
        Objects.requireNonNull(p, "params");
        return calls.call(p.zoneId(), calls.request("DELETE", null, p.zoneId(), p.ip().value()), true, calls.deadline(), ONE);
    }

    @Override
    public CompletableFuture<RawResponse<ZoneSetting<BatchResult>>> bulkEditAsync(BulkEditParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = calls.request("PATCH", Codec.V1.entries(p.items()), p.zoneId(), "batch");
        Deadline deadline = calls.deadline();
        return calls.afterRegionCheck(p.zoneId(), p.items(), true, deadline,
                () -> calls.call(p.zoneId(), request, true, deadline, BATCH));
    }

    @Override
    public CompletableFuture<RawResponse<ZoneSetting<BatchResult>>> bulkDeleteAsync(BulkDeleteParams p) {
        Objects.requireNonNull(p, "params");
        HttpRequest request = calls.request("DELETE", Codec.ips(p.ips()), p.zoneId(), "batch");
        return calls.call(p.zoneId(), request, true, calls.deadline(), BATCH);
    }

    @Override
    public CompletableFuture<RawResponse<SupportedRegions>> supportedRegionsAsync(SupportedRegionsParams p) {
        Objects.requireNonNull(p, "params");
        return calls.supportedRegions(p.zoneId(), calls.deadline());
    }
}
