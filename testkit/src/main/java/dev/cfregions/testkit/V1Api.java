package dev.cfregions.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cfregions.core.errors.InvalidIpException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The eight v1 endpoints ({@code /zones/{zone_id}/cache/origin_cloud_regions}, reference §8) as
 * a view on the shared {@link ZoneStore}: v1 field names ({@code ip} in, {@code origin-ip} out),
 * the {@code origin_public_cloud_region} wrapper, §14.3's validation order and §10's batch rules.
 * Every check runs before anything changes, under the zone's lock.
 */
final class V1Api {
    static final String RECORD_ID = "origin_public_cloud_region";
    static final int MAX_BATCH = 100;
    private static final String IP_FIELD = "origin-ip";

    private final ZoneStore store;
    private final FakeClock clock;
    private final Supplier<SupportedRegions> catalog;
    private final FakeSettings settings;

    V1Api(ZoneStore store, FakeClock clock, Supplier<SupportedRegions> catalog, FakeSettings settings) {
        this.store = store;
        this.clock = clock;
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * The request as the handlers need it, after auth and zone checks.
     *
     * @param ip the decoded path IP, or null when there is none or it could not be decoded
     */
    record Call(Operation operation, String zoneId, boolean editable, byte[] body, String ip) {}

    HttpResponse handle(Call call) {
        switch (call.operation()) {
            case V1_LIST:
                return list(call);
            case V1_CREATE:
                return create(call);
            case V1_EDIT:
                return edit(call);
            case V1_GET:
                return get(call);
            case V1_DELETE:
                return delete(call);
            case V1_BATCH_EDIT:
                return batchEdit(call);
            case V1_BATCH_DELETE:
                return batchDelete(call);
            case V1_SUPPORTED_REGIONS:
                return supportedRegions(call);
            default:
                throw new IllegalStateException("not a v1 operation: " + call.operation());
        }
    }

    private HttpResponse list(Call call) {
        ZoneState zone = store.zone(call.zoneId());
        synchronized (zone) {
            return listResponse(call, zone);
        }
    }

    private HttpResponse create(Call call) {
        Write w = parseSingleWrite(call.body());
        ZoneState zone = store.zone(call.zoneId());
        synchronized (zone) {
            if (zone.contains(w.ip())) {
                throw ApiFailure.of(400, 1145, ApiError.ALREADY_EXISTS);
            }
            requireRoomFor(zone, 1);
            StoredMapping m = zone.put(w.ip(), w.vendor(), w.region(), clock.now());
            return wrapper(call, g -> writeMapping(g, m), m.modifiedOn());
        }
    }

    private HttpResponse edit(Call call) {
        Write w = parseSingleWrite(call.body());
        ZoneState zone = store.zone(call.zoneId());
        synchronized (zone) {
            if (!zone.contains(w.ip())) {
                requireRoomFor(zone, 1);
            }
            zone.put(w.ip(), w.vendor(), w.region(), clock.now());
            return listResponse(call, zone);
        }
    }

    private HttpResponse get(Call call) {
        String ip = pathIp(call);
        ZoneState zone = store.zone(call.zoneId());
        synchronized (zone) {
            StoredMapping m = zone.get(ip);
            if (m == null) {
                throw ApiFailure.of(404, 1142, ApiError.NOT_FOUND);
            }
            return wrapper(call, g -> writeMapping(g, m), m.modifiedOn());
        }
    }

    private HttpResponse delete(Call call) {
        String ip = pathIp(call);
        ZoneState zone = store.zone(call.zoneId());
        synchronized (zone) {
            StoredMapping m = zone.remove(ip, clock.now());
            if (m == null) {
                int code = settings.v1DeleteNotFoundCode();
                throw ApiFailure.of(404, code, code == 1142 ? ApiError.NOT_FOUND : ApiError.DELETE_NOT_FOUND);
            }
            return wrapper(call, g -> writeMapping(g, m), m.modifiedOn());
        }
    }

    private HttpResponse batchEdit(Call call) {
        List<Object> items = parseBatch(call.body());
        List<BatchOutcome> outcomes = new ArrayList<>(items.size());
        SupportedRegions regions = catalog.get();
        for (Object item : items) {
            outcomes.add(classifyUpsert(item, regions));
        }
        ZoneState zone = store.zone(call.zoneId());
        synchronized (zone) {
            Set<String> fresh = new HashSet<>();
            for (BatchOutcome o : outcomes) {
                if (o.error() == null && !zone.contains(o.ip())) {
                    fresh.add(o.ip());
                }
            }
            requireRoomFor(zone, fresh.size());
            Instant now = clock.now();
            boolean any = false;
            for (BatchOutcome o : outcomes) {
                if (o.error() == null) {
                    zone.put(o.ip(), o.vendor(), o.region(), now);
                    any = true;
                }
            }
            return batchResponse(call, outcomes, any ? now : null);
        }
    }

    private HttpResponse batchDelete(Call call) {
        List<Object> items = parseBatch(call.body());
        ZoneState zone = store.zone(call.zoneId());
        synchronized (zone) {
            Instant now = clock.now();
            List<BatchOutcome> outcomes = new ArrayList<>(items.size());
            boolean any = false;
            for (Object item : items) {
                if (!(item instanceof String)) {
                    outcomes.add(BatchOutcome.failed(rawText(item), ApiError.INVALID_IP));
                    continue;
                }
                String ip;
                try {
                    ip = OriginIp.canonicalize((String) item, "ip");
                } catch (InvalidIpException e) {
                    outcomes.add(BatchOutcome.failed((String) item, ApiError.INVALID_IP));
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
            return batchResponse(call, outcomes, any ? now : null);
        }
    }

    private HttpResponse supportedRegions(Call call) {
        ZoneState zone = store.zone(call.zoneId());
        Boolean enabled;
        synchronized (zone) {
            enabled = zone.tieredCache();
        }
        if (!(enabled == null ? settings.tieredCacheDefault() : enabled)) {
            throw ApiFailure.of(400, 1148, "Tiered Cache must be enabled for this zone");
        }
        SupportedRegions regions = catalog.get();
        return Envelope.success(g -> SupportedRegionsJson.write(g, regions));
    }

    // ---- validation ----

    /** A single write after steps 3, 4 and 6 of §14.3: canonical IP, vendor and region known. */
    private record Write(String ip, String vendor, String region) {}

    @SuppressWarnings("unchecked")
    private Write parseSingleWrite(byte[] body) {
        Object parsed;
        try {
            parsed = Json.parse(body);
        } catch (Json.JsonSyntaxException e) {
            throw ApiFailure.badRequest("Request body must be a JSON object with ip, vendor and region");
        }
        if (!(parsed instanceof Map)) {
            throw ApiFailure.badRequest("Request body must be a JSON object with ip, vendor and region");
        }
        Map<String, Object> obj = (Map<String, Object>) parsed;
        Object ip = obj.get("ip");
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
        String canonical;
        try {
            canonical = OriginIp.canonicalize((String) ip, "ip");
        } catch (InvalidIpException e) {
            throw ApiFailure.badRequest(ApiError.INVALID_IP);
        }
        if (!supports(catalog.get(), (String) vendor, (String) region)) {
            throw ApiFailure.of(400, 1157, ApiError.BAD_VENDOR_REGION);
        }
        return new Write(canonical, (String) vendor, (String) region);
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

    private static String pathIp(Call call) {
        if (call.ip() == null) {
            throw ApiFailure.badRequest(ApiError.INVALID_IP);
        }
        try {
            return OriginIp.canonicalize(call.ip(), "origin_ip");
        } catch (InvalidIpException e) {
            throw ApiFailure.badRequest(ApiError.INVALID_IP);
        }
    }

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
    private static BatchOutcome classifyUpsert(Object item, SupportedRegions regions) {
        if (!(item instanceof Map)) {
            return BatchOutcome.failed("", ApiError.INVALID_IP);
        }
        Map<String, Object> obj = (Map<String, Object>) item;
        Object ip = obj.get("ip");
        if (!(ip instanceof String)) {
            return BatchOutcome.failed(rawText(ip), ApiError.INVALID_IP);
        }
        String canonical;
        try {
            canonical = OriginIp.canonicalize((String) ip, "ip");
        } catch (InvalidIpException e) {
            return BatchOutcome.failed((String) ip, ApiError.INVALID_IP);
        }
        Object vendor = obj.get("vendor");
        Object region = obj.get("region");
        if (!(vendor instanceof String) || !(region instanceof String)
                || !supports(regions, (String) vendor, (String) region)) {
            return BatchOutcome.failed(canonical, ApiError.BAD_VENDOR_REGION);
        }
        return BatchOutcome.succeeded(canonical, (String) vendor, (String) region);
    }

    /** The raw text of a non-string item for {@code failed[]}: numbers and booleans as written, anything else "". */
    private static String rawText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "";
    }

    private static void requireRoomFor(ZoneState zone, int newMappings) {
        if (zone.size() + newMappings > ZoneState.LIMIT) {
            throw ApiFailure.of(403, 1164, ApiError.LIMIT);
        }
    }

    // ---- responses ----

    /** One batch item: succeeded when {@code error} is null. */
    private record BatchOutcome(String ip, String vendor, String region, String error) {
        static BatchOutcome failed(String ip, String error) {
            return new BatchOutcome(ip, null, null, error);
        }

        static BatchOutcome succeeded(String ip, String vendor, String region) {
            return new BatchOutcome(ip, vendor, region, null);
        }
    }

    private HttpResponse listResponse(Call call, ZoneState zone) {
        List<StoredMapping> all = zone.list();
        return wrapper(call, g -> {
            g.writeStartArray();
            for (StoredMapping m : all) {
                writeMapping(g, m);
            }
            g.writeEndArray();
        }, zone.modifiedOn());
    }

    private HttpResponse batchResponse(Call call, List<BatchOutcome> outcomes, Instant modifiedOn) {
        return wrapper(call, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("failed");
            for (BatchOutcome o : outcomes) {
                if (o.error() != null) {
                    g.writeStartObject();
                    g.writeStringField(IP_FIELD, o.ip());
                    g.writeStringField("error", o.error());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("succeeded");
            for (BatchOutcome o : outcomes) {
                if (o.error() == null) {
                    g.writeStartObject();
                    g.writeStringField(IP_FIELD, o.ip());
                    g.writeStringField("region", o.region());
                    g.writeStringField("vendor", o.vendor());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }, modifiedOn);
    }

    private static HttpResponse wrapper(Call call, Json.Writer value, Instant modifiedOn) {
        return Envelope.success(g -> {
            g.writeStartObject();
            g.writeStringField("id", RECORD_ID);
            g.writeBooleanField("editable", call.editable());
            g.writeFieldName("value");
            value.write(g);
            Json.stringOrNull(g, "modified_on", FakeClock.format(modifiedOn));
            g.writeEndObject();
        });
    }

    private static void writeMapping(JsonGenerator g, StoredMapping m) throws IOException {
        g.writeStartObject();
        Json.stringOrNull(g, "modified_on", FakeClock.format(m.modifiedOn()));
        g.writeStringField(IP_FIELD, m.ip());
        g.writeStringField("region", m.region());
        g.writeStringField("vendor", m.vendor());
        g.writeEndObject();
    }
}
