package dev.cfregions.testkit;

import dev.cfregions.core.errors.InvalidIpException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rules of the Origin Cloud Regions API, once, for both families: §14.3's validation order,
 * IP canonicalization, the vendor/region catalog, the 3,500 limit, §10's batch semantics, the
 * record lifecycle and v2's paging. {@link V1Api} and {@link V2Api} only turn a request into a
 * call here and the answer into their family's JSON ({@link Family} holds the spelling).
 *
 * <p>Every check runs before anything changes, under the zone's monitor, so a rejected request
 * changes nothing and the limit holds under races. Reads and deletes of a zone that was never
 * written work on a throw-away empty state and leave the {@link ZoneStore} as it was.
 */
final class MappingRules {
    static final int MAX_BATCH = 100;
    private static final String PATH_IP = "{origin_ip}";

    private final ZoneStore store;
    private final FakeClock clock;
    private final Supplier<SupportedRegions> catalog;
    private final FakeSettings settings;
    private final Supplier<PagingQuirks> paging;

    MappingRules(ZoneStore store, FakeClock clock, Supplier<SupportedRegions> catalog, FakeSettings settings,
                 Supplier<PagingQuirks> paging) {
        this.store = store;
        this.clock = clock;
        this.catalog = catalog;
        this.settings = settings;
        this.paging = paging;
    }

    /** A single write that passed steps 3 to 6 of §14.3: canonical IP, a supported vendor and region. */
    record Write(String ip, String vendor, String region) {}

    /** A batch after the rules ran: every item's outcome in request order, and when the set changed (null: nothing succeeded). */
    record Batch(List<BatchOutcome> outcomes, Instant modifiedOn) {}

    /** One page of a zone's list, with the zone's total. */
    record Page(List<StoredMapping> items, PageQuery query, int totalCount) {
        int totalPages() {
            return (totalCount + query.perPage() - 1) / query.perPage();
        }
    }

    // ---- single writes ----

    /**
     * Steps 3 to 6 of §14.3 for a single-write body in the call's family spelling: JSON object
     * with the three fields (1146), a valid IP (1146), for a route that carries the IP in its
     * path that IP valid and equal to the body's after canonicalizing both (1146), then vendor
     * and region in the catalog (1157).
     */
    @SuppressWarnings("unchecked")
    Write parseWrite(ApiCall call) {
        Family family = call.operation().family();
        String ipField = family.requestIpField();
        Object parsed;
        try {
            parsed = Json.parse(call.body());
        } catch (Json.JsonSyntaxException e) {
            parsed = null;
        }
        if (!(parsed instanceof Map)) {
            throw ApiFailure.badRequest("Request body must be a JSON object with " + ipField + ", vendor and region");
        }
        Map<String, Object> obj = (Map<String, Object>) parsed;
        Object ip = obj.get(ipField);
        Object vendor = obj.get("vendor");
        Object region = obj.get("region");
        if (!(ip instanceof String)) {
            throw ApiFailure.badRequest(ApiError.INVALID_IP);
        }
        if (!(vendor instanceof String)) {
            throw ApiFailure.badRequest("Missing required field: vendor");
        }
        if (!(region instanceof String)) {
            throw ApiFailure.badRequest("Missing required field: region");
        }
        String canonical = canonicalOr1146((String) ip);
        if (call.operation().segments().contains(PATH_IP) && !pathIp(call).equals(canonical)) {
            throw ApiFailure.badRequest(ApiError.IP_MISMATCH);
        }
        if (!supports(catalog.get(), (String) vendor, (String) region)) {
            throw ApiFailure.of(400, 1157, ApiError.BAD_VENDOR_REGION);
        }
        return new Write(canonical, (String) vendor, (String) region);
    }

    /** Step 7 and on for v1 POST: 1145 when the IP is mapped, the limit, then the write; renders under the zone's lock. */
    <T> T create(String zoneId, Write w, Function<StoredMapping, T> render) {
        ZoneState zone = store.zone(zoneId);
        synchronized (zone) {
            if (zone.contains(w.ip())) {
                throw ApiFailure.of(400, 1145, ApiError.ALREADY_EXISTS);
            }
            requireRoomFor(zone, 1);
            return render.apply(zone.put(w.ip(), w.vendor(), w.region(), clock.now()));
        }
    }

    /** Steps 8 and 9 for an upsert (v1 PATCH, v2 PUT): the limit for a new IP only, then the write; renders under the lock. */
    <T> T upsert(String zoneId, Write w, BiFunction<ZoneState, StoredMapping, T> render) {
        ZoneState zone = store.zone(zoneId);
        synchronized (zone) {
            if (!zone.contains(w.ip())) {
                requireRoomFor(zone, 1);
            }
            return render.apply(zone, zone.put(w.ip(), w.vendor(), w.region(), clock.now()));
        }
    }

    // ---- reads and single deletes ----

    /**
     * Runs {@code action} (a read, or a removal) on the zone under its lock; a zone never written
     * is a throw-away empty one, so nothing is created. Writes that add go through {@link #upsert}.
     */
    <T> T inZone(String zoneId, Function<ZoneState, T> action) {
        ZoneState zone = existingOrEmpty(zoneId);
        synchronized (zone) {
            return action.apply(zone);
        }
    }

    /** The mapping at the call's path IP (1146 when invalid), or 404/1142. */
    StoredMapping get(ApiCall call) {
        String ip = pathIp(call);
        StoredMapping m = inZone(call.zoneId(), zone -> zone.get(ip));
        if (m == null) {
            throw notFound();
        }
        return m;
    }

    /** Removes the mapping at the call's path IP (1146 when invalid) and returns it, or throws {@code notFound}; the last one takes the record with it. */
    StoredMapping delete(ApiCall call, ApiFailure notFound) {
        String ip = pathIp(call);
        StoredMapping removed = inZone(call.zoneId(), zone -> zone.remove(ip, clock.now()));
        if (removed == null) {
            throw notFound;
        }
        return removed;
    }

    /**
     * The page the call's query asks for (1146 for a bad {@code page} or {@code per_page}), as the
     * {@link PagingQuirks} in force serve it; a page past the end is empty.
     */
    Page page(ApiCall call) {
        PageQuery q = paging.get().apply(PageQuery.parse(call.rawQuery()));
        return inZone(call.zoneId(), zone -> new Page(zone.slice(q.offset(), q.perPage()), q, zone.size()));
    }

    /** The catalog, or 400/1148 when the zone has Tiered Cache off. */
    SupportedRegions supportedRegions(String zoneId) {
        Boolean enabled = inZone(zoneId, ZoneState::tieredCache);
        if (!(enabled == null ? settings.tieredCacheDefault() : enabled)) {
            throw ApiFailure.of(400, 1148, "Tiered Cache must be enabled for this zone");
        }
        return catalog.get();
    }

    /** v1 DELETE's not-found answer: 1163 or 1142, as the fake was built (§15 #2). */
    ApiFailure v1DeleteNotFound() {
        int code = settings.v1DeleteNotFoundCode();
        return ApiFailure.of(404, code, code == 1142 ? ApiError.NOT_FOUND : ApiError.DELETE_NOT_FOUND);
    }

    static ApiFailure notFound() {
        return ApiFailure.of(404, 1142, ApiError.NOT_FOUND);
    }

    // ---- batches ----

    /**
     * §10 batch upsert: each item validated on its own (IP, then vendor and region), the
     * distinct new IPs counted against the limit before anything is applied (403/1164 for the
     * whole request), then the valid items applied in order, the last copy of an IP winning.
     */
    Batch batchUpsert(ApiCall call) {
        List<Object> items = parseBatch(call.body());
        String ipField = call.operation().family().requestIpField();
        SupportedRegions regions = catalog.get();
        List<BatchOutcome> outcomes = new ArrayList<>(items.size());
        boolean anyValid = false;
        for (Object item : items) {
            BatchOutcome o = classifyUpsert(item, ipField, regions);
            outcomes.add(o);
            anyValid |= o.succeeded();
        }
        // a batch that can change nothing must not create the zone either
        ZoneState zone = anyValid ? store.zone(call.zoneId()) : existingOrEmpty(call.zoneId());
        synchronized (zone) {
            Set<String> fresh = new HashSet<>();
            for (BatchOutcome o : outcomes) {
                if (o.succeeded() && !zone.contains(o.ip())) {
                    fresh.add(o.ip());
                }
            }
            requireRoomFor(zone, fresh.size());
            Instant now = clock.now();
            for (BatchOutcome o : outcomes) {
                if (o.succeeded()) {
                    zone.put(o.ip(), o.vendor(), o.region(), now);
                }
            }
            return new Batch(outcomes, anyValid ? now : null);
        }
    }

    /**
     * §10 batch delete: items in order, each a string IP (else failed with its raw text),
     * valid (else failed), mapped (else failed as not found; so a second copy fails); the
     * succeeded items carry the deleted vendor and region.
     */
    Batch batchDelete(ApiCall call) {
        List<Object> items = parseBatch(call.body());
        ZoneState zone = existingOrEmpty(call.zoneId());
        synchronized (zone) {
            Instant now = clock.now();
            List<BatchOutcome> outcomes = new ArrayList<>(items.size());
            boolean any = false;
            for (Object item : items) {
                String ip = item instanceof String s ? canonicalOrNull(s) : null;
                if (ip == null) {
                    outcomes.add(BatchOutcome.failed(Json.text(item), ApiError.INVALID_IP));
                    continue;
                }
                StoredMapping removed = zone.remove(ip, now);
                if (removed == null) {
                    outcomes.add(BatchOutcome.failed(ip, ApiError.NOT_FOUND));
                } else {
                    outcomes.add(BatchOutcome.succeeded(ip, removed.vendor(), removed.region()));
                    any = true;
                }
            }
            return new Batch(outcomes, any ? now : null);
        }
    }

    /** The body as a JSON array of at most 100 items, or 400/1146 (missing, empty, not an array, too long: §10, §15 #1, #6, #29). */
    @SuppressWarnings("unchecked")
    private static List<Object> parseBatch(byte[] body) {
        Object parsed;
        try {
            parsed = Json.parse(body);
        } catch (Json.JsonSyntaxException e) {
            throw ApiFailure.badRequest(ApiError.NOT_AN_ARRAY);
        }
        if (!(parsed instanceof List)) {
            throw ApiFailure.badRequest(ApiError.NOT_AN_ARRAY);
        }
        List<Object> items = (List<Object>) parsed;
        if (items.size() > MAX_BATCH) {
            throw ApiFailure.badRequest(ApiError.TOO_MANY);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static BatchOutcome classifyUpsert(Object item, String ipField, SupportedRegions regions) {
        Map<String, Object> obj = item instanceof Map ? (Map<String, Object>) item : Map.of();
        Object ip = obj.get(ipField);
        String canonical = ip instanceof String s ? canonicalOrNull(s) : null;
        if (canonical == null) {
            // the raw text, or "" only when the field is absent (§10, §15 #13)
            return BatchOutcome.failed(ip == null ? "" : Json.text(ip), ApiError.INVALID_IP);
        }
        Object vendor = obj.get("vendor");
        Object region = obj.get("region");
        if (!(vendor instanceof String v) || !(region instanceof String r) || !supports(regions, v, r)) {
            return BatchOutcome.failed(canonical, ApiError.BAD_VENDOR_REGION);
        }
        return BatchOutcome.succeeded(canonical, v, r);
    }

    // ---- shared checks ----

    private ZoneState existingOrEmpty(String zoneId) {
        ZoneState zone = store.find(zoneId);
        return zone == null ? new ZoneState() : zone;
    }

    private static void requireRoomFor(ZoneState zone, int newMappings) {
        if (zone.size() + newMappings > ZoneState.LIMIT) {
            throw ApiFailure.of(403, 1164, ApiError.LIMIT);
        }
    }

    /** The path IP, canonical; 1146 when it is missing, undecodable or not an IP (§15 #5). */
    private static String pathIp(ApiCall call) {
        if (call.ip() == null) {
            throw ApiFailure.badRequest(ApiError.INVALID_IP);
        }
        return canonicalOr1146(call.ip());
    }

    private static String canonicalOr1146(String text) {
        String canonical = canonicalOrNull(text);
        if (canonical == null) {
            throw ApiFailure.badRequest(ApiError.INVALID_IP);
        }
        return canonical;
    }

    private static String canonicalOrNull(String text) {
        try {
            return OriginIp.canonicalize(text, "origin_ip");
        } catch (InvalidIpException e) {
            return null;
        }
    }

    private static boolean supports(SupportedRegions regions, String vendor, String region) {
        if (vendor.isEmpty()) {
            return false;
        }
        Vendor v;
        try {
            v = Vendor.of(vendor);
        } catch (RuntimeException e) {
            return false;
        }
        return regions.supports(v, region);
    }
}
