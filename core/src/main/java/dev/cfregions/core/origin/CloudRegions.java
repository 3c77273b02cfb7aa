package dev.cfregions.core.origin;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.internal.Blocking;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The seven operations of {@code /zones/{zone_id}/origin/cloud_regions}, the current Origin Cloud
 * Regions family, each blocking and as a {@link CompletableFuture}, plus lazy auto-pagination.
 * Parameters are validated when built, so an invalid call sends nothing. Blocking calls throw the
 * unchecked {@link dev.cfregions.core.errors.CloudflareException} subtypes; async calls complete
 * exceptionally with the same types. Cancelling a future cancels the request in flight. Validation,
 * retries, the total deadline and logging are the client's, as for {@code cache().originCloudRegions()},
 * whose mappings these are too. Thread-safe.
 *
 * <pre>{@code
 * Mapping m = cr.update(UpdateParams.builder()
 *         .zoneId(zone).ip("2001:db8::1").region("us-central1").vendor(Vendor.GCP).build());
 * for (Mapping each : cr.listAll(zone)) { ... }
 * }</pre>
 */
public interface CloudRegions {

    /**
     * The same calls, each returning its result together with the HTTP response it came in
     * (status, headers, {@code cf-ray}, the envelope's {@code messages[]}).
     *
     * @return the raw-response view of this handle
     */
    RawCloudRegions withRawResponse();

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
    CloudRegions withOptions(RequestOptions options);

    /**
     * {@code GET ?page=&per_page=}: one page of the zone's mappings with its {@code result_info}.
     * A page past the end is empty.
     *
     * @param params the zone, page and page size
     * @return the page
     */
    CompletableFuture<MappingPage> listAsync(ListParams params);

    /**
     * {@code GET /{ip}}: one mapping; {@link dev.cfregions.core.errors.NotFoundException} (1142) if absent.
     *
     * @param params the zone and IP
     * @return the mapping
     */
    CompletableFuture<Mapping> getAsync(GetParams params);

    /**
     * {@code PUT /{ip}}: creates or replaces one mapping. Idempotent, so it is retried like any
     * idempotent call.
     *
     * @param params the mapping to write
     * @return the mapping as stored
     */
    CompletableFuture<Mapping> updateAsync(UpdateParams params);

    /**
     * {@code DELETE /{ip}}: removes one mapping; {@link dev.cfregions.core.errors.NotFoundException}
     * (1142) if absent. A retry whose earlier attempt landed finds nothing and throws that too.
     *
     * @param params the zone and IP
     * @return the IP deleted, canonical
     */
    CompletableFuture<OriginIp> deleteAsync(DeleteParams params);

    /**
     * {@code PUT /batch}: creates or replaces up to 100 mappings, keeping the others; look at
     * {@link BatchResult#failed()}.
     *
     * @param params up to 100 mappings
     * @return what was applied and what was refused
     */
    CompletableFuture<BatchResult> bulkUpdateAsync(BulkUpdateParams params);

    /**
     * {@code DELETE /batch} with the IPs as a JSON array body (the official SDKs send none, which
     * the service refuses): removes up to 100 mappings.
     *
     * @param params up to 100 IPs
     * @return what was deleted and what was not found or invalid
     */
    CompletableFuture<BatchResult> bulkDeleteAsync(BulkDeleteParams params);

    /**
     * {@code GET /supported_regions}: each vendor's regions and their upper-tier colos.
     *
     * @param params the zone
     * @return the supported regions
     */
    CompletableFuture<SupportedRegions> supportedRegionsAsync(SupportedRegionsParams params);

    /**
     * Every mapping from {@code params.page()} on, read lazily a page at a time: nothing is sent
     * until iteration starts, and each {@link Iterable#iterator()} starts again from that page.
     * Only one page is held at a time. Iteration throws what a page's call throws, and
     * {@link dev.cfregions.core.errors.PaginationException} when a page repeats the one before.
     *
     * @param params the zone, the first page and the page size
     * @return the mappings, in the service's order
     */
    Iterable<Mapping> listAll(ListParams params);

    /**
     * Every mapping of the zone, 100 per request; see {@link #listAll(ListParams)}.
     *
     * @param zoneId the zone
     * @return the mappings, in the service's order
     */
    default Iterable<Mapping> listAll(String zoneId) {
        return listAll(ListParams.of(zoneId));
    }

    /**
     * {@link #listAll(ListParams)} as a sequential stream; pages are read as it is consumed.
     *
     * @param params the zone, the first page and the page size
     * @return the mappings, in the service's order
     */
    Stream<Mapping> streamAll(ListParams params);

    /**
     * Every mapping of the zone as a stream, 100 per request.
     *
     * @param zoneId the zone
     * @return the mappings, in the service's order
     */
    default Stream<Mapping> streamAll(String zoneId) {
        return streamAll(ListParams.of(zoneId));
    }

    /**
     * Blocking {@link #listAsync}.
     *
     * @param params the zone, page and page size
     * @return the page
     */
    default MappingPage list(ListParams params) {
        return Blocking.join(listAsync(params));
    }

    /**
     * Blocking {@link #listAsync} of the first page, 100 per page.
     *
     * @param zoneId the zone
     * @return the first page
     */
    default MappingPage list(String zoneId) {
        return list(ListParams.of(zoneId));
    }

    /**
     * Blocking {@link #getAsync}.
     *
     * @param params the zone and IP
     * @return the mapping
     */
    default Mapping get(GetParams params) {
        return Blocking.join(getAsync(params));
    }

    /**
     * Blocking {@link #updateAsync}.
     *
     * @param params the mapping to write
     * @return the mapping as stored
     */
    default Mapping update(UpdateParams params) {
        return Blocking.join(updateAsync(params));
    }

    /**
     * Blocking {@link #deleteAsync}.
     *
     * @param params the zone and IP
     * @return the IP deleted
     */
    default OriginIp delete(DeleteParams params) {
        return Blocking.join(deleteAsync(params));
    }

    /**
     * Blocking {@link #bulkUpdateAsync}.
     *
     * @param params up to 100 mappings
     * @return what was applied and what was refused
     */
    default BatchResult bulkUpdate(BulkUpdateParams params) {
        return Blocking.join(bulkUpdateAsync(params));
    }

    /**
     * Blocking {@link #bulkDeleteAsync}.
     *
     * @param params up to 100 IPs
     * @return what was deleted and what was not
     */
    default BatchResult bulkDelete(BulkDeleteParams params) {
        return Blocking.join(bulkDeleteAsync(params));
    }

    /**
     * Blocking {@link #supportedRegionsAsync}.
     *
     * @param params the zone
     * @return the supported regions
     */
    default SupportedRegions supportedRegions(SupportedRegionsParams params) {
        return Blocking.join(supportedRegionsAsync(params));
    }
}
