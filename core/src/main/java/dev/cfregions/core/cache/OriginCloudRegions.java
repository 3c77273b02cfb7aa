package dev.cfregions.core.cache;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.params.internal.Blocking;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The eight operations of {@code /zones/{zone_id}/cache/origin_cloud_regions}, each blocking and
 * as a {@link CompletableFuture}. Parameters are validated when built, so an invalid call sends
 * nothing. Blocking calls throw the unchecked {@link dev.cfregions.core.errors.CloudflareException}
 * subtypes; async calls complete exceptionally with the same types. Cancelling a future cancels
 * the request in flight. Thread-safe.
 *
 * <pre>{@code
 * ZoneSetting<List<Mapping>> all = ocr.edit(EditParams.builder()
 *         .zoneId(zone).ip("2001:db8::1").region("us-central1").vendor(Vendor.GCP).build());
 * }</pre>
 */
public interface OriginCloudRegions {

    /**
     * The same calls, each returning its result together with the HTTP response it came in
     * (status, headers, {@code cf-ray}, the envelope's {@code messages[]}).
     *
     * @return the raw-response view of this handle
     */
    RawOriginCloudRegions withRawResponse();

    /** {@code GET}: every mapping of the zone; an empty zone gives an empty list and a null {@code modifiedOn}. */
    CompletableFuture<ZoneSetting<List<Mapping>>> listAsync(ListParams params);

    /**
     * {@code POST}: adds one mapping; 400/1145 if the IP is already mapped. If a retried attempt
     * answers 1145 (the first attempt may have landed), the mapping is read back and the call
     * succeeds when it equals what was asked.
     */
    CompletableFuture<ZoneSetting<Mapping>> createAsync(CreateParams params);

    /** {@code PATCH}: creates or overwrites one mapping, and returns the zone's whole mapping list. */
    CompletableFuture<ZoneSetting<List<Mapping>>> editAsync(EditParams params);

    /** {@code GET /{ip}}: one mapping; {@link dev.cfregions.core.errors.NotFoundException} (1142) if absent. */
    CompletableFuture<ZoneSetting<Mapping>> getAsync(GetParams params);

    /** {@code DELETE /{ip}}: removes one mapping and returns it as it was; 404 if absent. */
    CompletableFuture<ZoneSetting<Mapping>> deleteAsync(DeleteParams params);

    /** {@code PATCH /batch}: creates or overwrites up to 100 mappings; look at {@link BatchResult#failed()}. */
    CompletableFuture<ZoneSetting<BatchResult>> bulkEditAsync(BulkEditParams params);

    /** {@code DELETE /batch} with the IPs as a JSON array body: removes up to 100 mappings. */
    CompletableFuture<ZoneSetting<BatchResult>> bulkDeleteAsync(BulkDeleteParams params);

    /** {@code GET /supported_regions}: each vendor's regions and their upper-tier colos. */
    CompletableFuture<SupportedRegions> supportedRegionsAsync(SupportedRegionsParams params);

    /** Blocking {@link #listAsync}. */
    default ZoneSetting<List<Mapping>> list(ListParams params) {
        return Blocking.join(listAsync(params));
    }

    /** Blocking {@link #listAsync} for a zone. */
    default ZoneSetting<List<Mapping>> list(String zoneId) {
        return list(ListParams.of(zoneId));
    }

    /** Blocking {@link #createAsync}. */
    default ZoneSetting<Mapping> create(CreateParams params) {
        return Blocking.join(createAsync(params));
    }

    /** Blocking {@link #editAsync}. */
    default ZoneSetting<List<Mapping>> edit(EditParams params) {
        return Blocking.join(editAsync(params));
    }

    /** Blocking {@link #getAsync}. */
    default ZoneSetting<Mapping> get(GetParams params) {
        return Blocking.join(getAsync(params));
    }

    /** Blocking {@link #deleteAsync}. */
    default ZoneSetting<Mapping> delete(DeleteParams params) {
        return Blocking.join(deleteAsync(params));
    }

    /** Blocking {@link #bulkEditAsync}. */
    default ZoneSetting<BatchResult> bulkEdit(BulkEditParams params) {
        return Blocking.join(bulkEditAsync(params));
    }

    /** Blocking {@link #bulkDeleteAsync}. */
    default ZoneSetting<BatchResult> bulkDelete(BulkDeleteParams params) {
        return Blocking.join(bulkDeleteAsync(params));
    }

    /** Blocking {@link #supportedRegionsAsync}. */
    default SupportedRegions supportedRegions(SupportedRegionsParams params) {
        return Blocking.join(supportedRegionsAsync(params));
    }
}
