package dev.cfregions.core.cache;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.params.RequestOptions;
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
 *
 * <p>Cloudflare deprecated this family (end of life 2026-10-01) in favour of
 * {@code client.origin().cloudRegions()}, which serves the same mappings; new code should use
 * that. Once the service retires it, calls throw
 * {@link dev.cfregions.core.errors.EndpointRetiredException}.
 */
public interface OriginCloudRegions {

    /**
     * The same calls, each returning its result together with the HTTP response it came in
     * (status, headers, {@code cf-ray}, the envelope's {@code messages[]}).
     *
     * @return the raw-response view of this handle
     */
    RawOriginCloudRegions withRawResponse();

    /**
     * The same calls with some settings changed for them only: each attempt's timeout, the
     * retries, the total deadline, extra headers. What {@code options} leave unset stays the
     * client's; calls made on this handle itself keep the client's defaults. Composes with
     * {@link #withRawResponse()}: {@code withOptions(o).withRawResponse()} and
     * {@code withRawResponse().withOptions(o)} are the same calls.
     *
     * @param options the settings of the calls made through the view
     * @return a view of this handle with those settings
     * @throws NullPointerException if {@code options} is null
     */
    OriginCloudRegions withOptions(RequestOptions options);

    /**
     * {@code GET}: every mapping of the zone; an empty zone gives an empty list and a null {@code modifiedOn}.
     *
     * @param params the zone
     * @return a future that completes with the zone's mappings, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<ZoneSetting<List<Mapping>>> listAsync(ListParams params);

    /**
     * {@code POST}: adds one mapping; 400/1145 if the IP is already mapped. If a retried attempt
     * answers 1145 (the first attempt may have landed), the mapping is read back and the call
     * succeeds when it equals what was asked.
     *
     * @param params the mapping to add
     * @return a future that completes with the mapping created, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<ZoneSetting<Mapping>> createAsync(CreateParams params);

    /**
     * {@code PATCH}: creates or overwrites one mapping, and returns the zone's whole mapping list.
     *
     * @param params the mapping to write
     * @return a future that completes with the zone's whole mapping list after the write, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<ZoneSetting<List<Mapping>>> editAsync(EditParams params);

    /**
     * {@code GET /{ip}}: one mapping; {@link dev.cfregions.core.errors.NotFoundException} (1142) if absent.
     *
     * @param params the zone and IP
     * @return a future that completes with the mapping, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<ZoneSetting<Mapping>> getAsync(GetParams params);

    /**
     * {@code DELETE /{ip}}: removes one mapping and returns it as it was; 404 if absent.
     *
     * @param params the zone and IP
     * @return a future that completes with the deleted mapping as it was, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<ZoneSetting<Mapping>> deleteAsync(DeleteParams params);

    /**
     * {@code PATCH /batch}: creates or overwrites up to 100 mappings; look at {@link BatchResult#failed()}.
     *
     * @param params the zone and up to 100 mappings
     * @return a future that completes with the items applied and the items refused, with the service's reasons, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<ZoneSetting<BatchResult>> bulkEditAsync(BulkEditParams params);

    /**
     * {@code DELETE /batch} with the IPs as a JSON array body: removes up to 100 mappings.
     *
     * @param params the zone and up to 100 IPs
     * @return a future that completes with the items deleted and the items refused, with the service's reasons, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<ZoneSetting<BatchResult>> bulkDeleteAsync(BulkDeleteParams params);

    /**
     * {@code GET /supported_regions}: each vendor's regions and their upper-tier colos.
     *
     * @param params the zone
     * @return a future that completes with each vendor's regions, or exceptionally
     *     with a {@link dev.cfregions.core.errors.CloudflareException}
     */
    CompletableFuture<SupportedRegions> supportedRegionsAsync(SupportedRegionsParams params);

    /**
     * Blocking {@link #listAsync}.
     *
     * @param params the zone
     * @return the zone's mappings
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<List<Mapping>> list(ListParams params) {
        return Blocking.join(listAsync(params));
    }

    /**
     * Blocking {@link #listAsync} for a zone.
     *
     * @param zoneId the zone id
     * @return the zone's mappings
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<List<Mapping>> list(String zoneId) {
        return list(ListParams.of(zoneId));
    }

    /**
     * Blocking {@link #createAsync}.
     *
     * @param params the mapping to add
     * @return the mapping created
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<Mapping> create(CreateParams params) {
        return Blocking.join(createAsync(params));
    }

    /**
     * Blocking {@link #editAsync}.
     *
     * @param params the mapping to write
     * @return the zone's whole mapping list after the write
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<List<Mapping>> edit(EditParams params) {
        return Blocking.join(editAsync(params));
    }

    /**
     * Blocking {@link #getAsync}.
     *
     * @param params the zone and IP
     * @return the mapping
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<Mapping> get(GetParams params) {
        return Blocking.join(getAsync(params));
    }

    /**
     * Blocking {@link #deleteAsync}.
     *
     * @param params the zone and IP
     * @return the deleted mapping as it was
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<Mapping> delete(DeleteParams params) {
        return Blocking.join(deleteAsync(params));
    }

    /**
     * Blocking {@link #bulkEditAsync}.
     *
     * @param params the zone and up to 100 mappings
     * @return the items applied and the items refused, with the service's reasons
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<BatchResult> bulkEdit(BulkEditParams params) {
        return Blocking.join(bulkEditAsync(params));
    }

    /**
     * Blocking {@link #bulkDeleteAsync}.
     *
     * @param params the zone and up to 100 IPs
     * @return the items deleted and the items refused, with the service's reasons
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default ZoneSetting<BatchResult> bulkDelete(BulkDeleteParams params) {
        return Blocking.join(bulkDeleteAsync(params));
    }

    /**
     * Blocking {@link #supportedRegionsAsync}.
     *
     * @param params the zone
     * @return each vendor's regions
     * @throws dev.cfregions.core.errors.CloudflareException (a subtype) when the call fails
     */
    default SupportedRegions supportedRegions(SupportedRegionsParams params) {
        return Blocking.join(supportedRegionsAsync(params));
    }
}
