package dev.cfregions.core.origin;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.internal.Blocking;
import java.util.concurrent.CompletableFuture;

/**
 * {@link CloudRegions} with each result wrapped in the {@link RawResponse} it came in: HTTP
 * status, headers, {@code cf-ray} and the envelope's {@code messages[]}. Obtained from
 * {@link CloudRegions#withRawResponse()}; the same calls, with the same validation, retries,
 * deadline, errors and cancellation. Thread-safe.
 *
 * <pre>{@code
 * RawResponse<Mapping> r = cr.withRawResponse().update(params);
 * log.info("stored {} (cf-ray {})", r.value(), r.cfRay().orElse("-"));
 * }</pre>
 */
public interface RawCloudRegions {

    /**
     * These calls with some settings changed for them only; see the plain handle's
     * {@code withOptions}. The same calls as {@code withOptions(options).withRawResponse()}.
     *
     * @param options the settings of the calls made through the view
     * @return a raw-response view with those settings
     * @throws NullPointerException if {@code options} is null
     */
    RawCloudRegions withOptions(RequestOptions options);

    /**
     * @param params the zone, page and page size
     * @return {@link CloudRegions#listAsync}'s page with its response; the page's
     *     {@link MappingPage#nextPageAsync()} returns plain pages
     */
    CompletableFuture<RawResponse<MappingPage>> listAsync(ListParams params);

    /**
     * @param params the zone and IP
     * @return {@link CloudRegions#getAsync}'s result with its response
     */
    CompletableFuture<RawResponse<Mapping>> getAsync(GetParams params);

    /**
     * @param params the mapping to write
     * @return {@link CloudRegions#updateAsync}'s result with its response
     */
    CompletableFuture<RawResponse<Mapping>> updateAsync(UpdateParams params);

    /**
     * @param params the zone and IP
     * @return {@link CloudRegions#deleteAsync}'s result with its response
     */
    CompletableFuture<RawResponse<OriginIp>> deleteAsync(DeleteParams params);

    /**
     * @param params up to 100 mappings
     * @return {@link CloudRegions#bulkUpdateAsync}'s result with its response
     */
    CompletableFuture<RawResponse<BatchResult>> bulkUpdateAsync(BulkUpdateParams params);

    /**
     * @param params up to 100 IPs
     * @return {@link CloudRegions#bulkDeleteAsync}'s result with its response
     */
    CompletableFuture<RawResponse<BatchResult>> bulkDeleteAsync(BulkDeleteParams params);

    /**
     * @param params the zone
     * @return {@link CloudRegions#supportedRegionsAsync}'s result with its response
     */
    CompletableFuture<RawResponse<SupportedRegions>> supportedRegionsAsync(SupportedRegionsParams params);

    /**
     * Blocking {@link #listAsync}.
     *
     * @param params the zone, page and page size
     * @return the page with its response
     */
    default RawResponse<MappingPage> list(ListParams params) {
        return Blocking.join(listAsync(params));
    }

    /**
     * Blocking {@link #getAsync}.
     *
     * @param params the zone and IP
     * @return the result with its response
     */
    default RawResponse<Mapping> get(GetParams params) {
        return Blocking.join(getAsync(params));
    }

    /**
     * Blocking {@link #updateAsync}.
     *
     * @param params the mapping to write
     * @return the result with its response
     */
    default RawResponse<Mapping> update(UpdateParams params) {
        return Blocking.join(updateAsync(params));
    }

    /**
     * Blocking {@link #deleteAsync}.
     *
     * @param params the zone and IP
     * @return the result with its response
     */
    default RawResponse<OriginIp> delete(DeleteParams params) {
        return Blocking.join(deleteAsync(params));
    }

    /**
     * Blocking {@link #bulkUpdateAsync}.
     *
     * @param params up to 100 mappings
     * @return the result with its response
     */
    default RawResponse<BatchResult> bulkUpdate(BulkUpdateParams params) {
        return Blocking.join(bulkUpdateAsync(params));
    }

    /**
     * Blocking {@link #bulkDeleteAsync}.
     *
     * @param params up to 100 IPs
     * @return the result with its response
     */
    default RawResponse<BatchResult> bulkDelete(BulkDeleteParams params) {
        return Blocking.join(bulkDeleteAsync(params));
    }

    /**
     * Blocking {@link #supportedRegionsAsync}.
     *
     * @param params the zone
     * @return the result with its response
     */
    default RawResponse<SupportedRegions> supportedRegions(SupportedRegionsParams params) {
        return Blocking.join(supportedRegionsAsync(params));
    }
}
