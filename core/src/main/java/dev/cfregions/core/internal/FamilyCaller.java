package dev.cfregions.core.internal;

import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.EndpointRetiredException;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.errors.MalformedResponseException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.params.internal.Validate;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import java.time.Clock;
import dev.cfregions.core.params.RequestOptions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What both families' handles send through: requests built on the family's path, sent by the
 * client's one pipeline (retries, deadline, decorators), answers decoded into
 * {@link RawResponse} (so the raw views and the plain handles are one code path), failures typed,
 * and writes checked against the family's own supported regions when the client asks for it.
 *
 * <p>Each family's handle is two views over one of these: the raw view does the work and returns
 * {@link RawResponse}, the plain view maps it to the value. The per-call options view is a
 * caller bound to those options ({@link #withOptions}) under both views, so that options and
 * raw responses compose in either order without a second implementation of any operation.
 */
final class FamilyCaller {
    private final ApiContext ctx;
    private final Codec codec;
    private final RegionCatalog regions;

    FamilyCaller(ApiContext ctx, Codec codec, boolean validateRegions) {
        this.ctx = ctx;
        this.codec = codec;
        this.regions = validateRegions ? new RegionCatalog(ctx.clock()) : null;
    }

    private FamilyCaller(ApiContext ctx, Codec codec, RegionCatalog regions) {
        this.ctx = ctx;
        this.codec = codec;
        this.regions = regions;
    }

    /**
     * This caller bound to one call's options. The region catalog is shared, so a view does not
     * fetch the supported regions again; a fetch it does make is the view's own (its options and
     * attempt listener apply) and runs within the call's deadline.
     */
    FamilyCaller withOptions(RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return new FamilyCaller(ctx.withOptions(options), codec, regions);
    }

    Codec codec() {
        return codec;
    }

    Clock clock() {
        return ctx.clock();
    }

    /** The deadline of a new user call, to be shared by every request it sends. */
    Deadline deadline() {
        return ctx.deadline();
    }

    /** {@code method baseUrl/zones/{zone}/<family root>/{tail…}}. */
    HttpRequest request(String method, byte[] body, String zoneId, String... tail) {
        return ctx.request(method, body, zoneId, codec.family().path(tail));
    }

    /** A {@code GET} of the family's root with a query string (already encoded). */
    HttpRequest get(String zoneId, String query) {
        return ctx.get(zoneId, query, codec.family().path());
    }

    CompletableFuture<Exchange> send(HttpRequest request, boolean idempotent, Deadline deadline) {
        return ctx.send(request, idempotent, deadline);
    }

    /** Sends and reads the {@code result} with {@code reader}. */
    <T> CompletableFuture<RawResponse<T>> call(String zoneId, HttpRequest request, boolean idempotent, Deadline deadline,
            JsonReader<T> reader) {
        return call(zoneId, request, idempotent, deadline, reader, ResponseDecoder.Envelope::result);
    }

    /** Makes a call's value from the whole envelope, such as a page from its result and result_info. */
    @FunctionalInterface
    interface EnvelopeValue<R, T> {
        T from(ResponseDecoder.Envelope<R> envelope) throws DecodeException;
    }

    /** Sends, reads the envelope with {@code reader}, and makes the value from the whole envelope. */
    <R, T> CompletableFuture<RawResponse<T>> call(String zoneId, HttpRequest request, boolean idempotent, Deadline deadline,
            JsonReader<R> reader, EnvelopeValue<R, T> value) {
        return Futures.map(send(request, idempotent, deadline), exchange -> decode(zoneId, exchange.response(), reader, value));
    }

    /** The answer's value, or the typed exception it stands for. */
    <R, T> RawResponse<T> decode(String zoneId, HttpResponse r, JsonReader<R> reader, EnvelopeValue<R, T> value) {
        if (!r.isSuccessful()) {
            throw error(zoneId, r);
        }
        ResponseDecoder.Envelope<R> envelope = ResponseDecoder.decodeEnvelope(r, reader, ctx.clock());
        try {
            return new RawResponse<>(value.from(envelope), r.status(), r.headers(), envelope.messages());
        } catch (DecodeException e) {
            throw new MalformedResponseException(r.status(), e.getMessage(), Excerpt.of(r.body()), null);
        }
    }

    /**
     * The typed exception for a non-2xx answer. A retirable family answered 410, or 404 with 7000
     * and without 7003 on a well-formed zone id, is gone rather than empty: that is
     * {@link EndpointRetiredException}, never a plain "not found" that a delete or a
     * reconciliation could take for a missing mapping.
     */
    ApiException error(String zoneId, HttpResponse r) {
        ApiException e = ResponseDecoder.toException(r, ctx.clock());
        if (codec.family().retirable() && isRetirement(e, zoneId)) {
            return new EndpointRetiredException(e.status(), e.errors(), e.cfRay().orElse(null), e.retryAfter().orElse(null),
                    e.bodyExcerpt().orElse(null));
        }
        return e;
    }

    private static boolean isRetirement(ApiException e, String zoneId) {
        if (e.status() == 410) {
            return true;
        }
        return e.status() == 404 && e.hasCode(ErrorCodes.NO_ROUTE) && !e.hasCode(ErrorCodes.INVALID_IDENTIFIER)
                && isWellFormedZoneId(zoneId);
    }

    /** Cloudflare's zone ids are 32 hex digits; with another id a "no route" may be about the id. */
    private static boolean isWellFormedZoneId(String zoneId) {
        if (zoneId.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = zoneId.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code GET /supported_regions} of this family. */
    CompletableFuture<RawResponse<SupportedRegions>> supportedRegions(String zoneId, Deadline deadline) {
        return call(zoneId, request("GET", null, zoneId, "supported_regions"), true, deadline, Codec.SUPPORTED_REGIONS);
    }

    /**
     * Runs {@code then} once every item passed the checks of a write: a vendor the library knows
     * (unless the client allows newer ones), and the supported-regions check if the client asked
     * for one. A refused item fails the call before anything is sent.
     */
    <T> CompletableFuture<T> afterRegionCheck(String zoneId, List<Mapping> items, boolean batch, Deadline deadline,
            Supplier<CompletableFuture<T>> then) {
        try {
            for (int i = 0; i < items.size(); i++) {
                Validate.writableVendor(batch ? "items[" + i + "].vendor" : "vendor", items.get(i).vendor(), ctx.allowUnknownVendors());
            }
        } catch (ValidationException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (regions == null) {
            return then.get();
        }
        return Futures.compose(regions.check(zoneId, items, batch, deadline,
                (zone, d) -> Futures.map(supportedRegions(zone, d), RawResponse::value)), v -> then.get());
    }
}
