package dev.cfregions.core.cache;

import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.internal.Blocking;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link OriginCloudRegions} with each result wrapped in the {@link RawResponse} it came in:
 * HTTP status, headers, {@code cf-ray} and the envelope's {@code messages[]}, where Cloudflare
 * puts deprecation notices. Obtained from {@link OriginCloudRegions#withRawResponse()}; the same
 * calls, with the same validation, retries, deadline, errors and cancellation. Thread-safe.
 *
 * <pre>{@code
 * RawResponse<ZoneSetting<List<Mapping>>> r = ocr.withRawResponse().edit(params);
 * r.messages().forEach(m -> log.warn("Cloudflare says: {}", m));
 * }</pre>
 */
public interface RawOriginCloudRegions {

    /**
     * These calls with some settings changed for them only; see the plain handle's
     * {@code withOptions}. The same calls as {@code withOptions(options).withRawResponse()}.
     *
     * @param options the settings of the calls made through the view
     * @return a raw-response view with those settings
     * @throws NullPointerException if {@code options} is null
     */
    RawOriginCloudRegions withOptions(RequestOptions options);

    /**
     * @param params the zone
     * @return {@link OriginCloudRegions#listAsync}'s result with its response
     */
    CompletableFuture<RawResponse<ZoneSetting<List<Mapping>>>> listAsync(ListParams params);

    /**
     * When a retried create was confirmed by reading the mapping back, the response is that read's.
     *
     * @param params the mapping to add
     * @return {@link OriginCloudRegions#createAsync}'s result with its response
     */
    CompletableFuture<RawResponse<ZoneSetting<Mapping>>> createAsync(CreateParams params);

    /**
     * @param params the mapping to write
     * @return {@link OriginCloudRegions#editAsync}'s result with its response
     */
    CompletableFuture<RawResponse<ZoneSetting<List<Mapping>>>> editAsync(EditParams params);

    /**
     * @param params the zone and IP
     * @return {@link OriginCloudRegions#getAsync}'s result with its response
     */
    CompletableFuture<RawResponse<ZoneSetting<Mapping>>> getAsync(GetParams params);

    /**
     * @param params the zone and IP
     * @return {@link OriginCloudRegions#deleteAsync}'s result with its response
     */
    CompletableFuture<RawResponse<ZoneSetting<Mapping>>> deleteAsync(DeleteParams params);

    /**
     * @param params up to 100 mappings
     * @return {@link OriginCloudRegions#bulkEditAsync}'s result with its response
     */
    CompletableFuture<RawResponse<ZoneSetting<BatchResult>>> bulkEditAsync(BulkEditParams params);

    /**
     * @param params up to 100 IPs
     * @return {@link OriginCloudRegions#bulkDeleteAsync}'s result with its response
     */
    CompletableFuture<RawResponse<ZoneSetting<BatchResult>>> bulkDeleteAsync(BulkDeleteParams params);

    /**
     * @param params the zone
     * @return {@link OriginCloudRegions#supportedRegionsAsync}'s result with its response
     */
    CompletableFuture<RawResponse<SupportedRegions>> supportedRegionsAsync(SupportedRegionsParams params);

    /**
     * Blocking {@link #listAsync}.
     *
     * @param params the zone
     * @return the result with its response
     */
    default RawResponse<ZoneSetting<List<Mapping>>> list(ListParams params) {
        return Blocking.join(listAsync(params));
    }

    /**
     * Blocking {@link #createAsync}.
     *
     * @param params the mapping to add
     * @return the result with its response
     */
    default RawResponse<ZoneSetting<Mapping>> create(CreateParams params) {
        return Blocking.join(createAsync(params));
    }

    /**
     * Blocking {@link #editAsync}.
     *
     * @param params the mapping to write
     * @return the result with its response
     */
    default RawResponse<ZoneSetting<List<Mapping>>> edit(EditParams params) {
        return Blocking.join(editAsync(params));
    }

    /**
     * Blocking {@link #getAsync}.
     *
     * @param params the zone and IP
     * @return the result with its response
     */
    default RawResponse<ZoneSetting<Mapping>> get(GetParams params) {
        return Blocking.join(getAsync(params));
    }

    /**
     * Blocking {@link #deleteAsync}.
     *
     * @param params the zone and IP
     * @return the result with its response
     */
    default RawResponse<ZoneSetting<Mapping>> delete(DeleteParams params) {
        return Blocking.join(deleteAsync(params));
    }

    /**
     * Blocking {@link #bulkEditAsync}.
     *
     * @param params up to 100 mappings
     * @return the result with its response
     */
    default RawResponse<ZoneSetting<BatchResult>> bulkEdit(BulkEditParams params) {
        return Blocking.join(bulkEditAsync(params));
    }

    /**
     * Blocking {@link #bulkDeleteAsync}.
     *
     * @param params up to 100 IPs
     * @return the result with its response
     */
    default RawResponse<ZoneSetting<BatchResult>> bulkDelete(BulkDeleteParams params) {
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
