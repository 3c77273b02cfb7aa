package dev.cfregions.testkit;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test-control API over HTTP, under {@code /__fake} (documented on {@link FakeCloudflare}):
 * the same operations as the Java methods, for tests written in other languages. Answers
 * {@code {"ok":true,...}} or 400/404 {@code {"ok":false,"error":"..."}}.
 */
final class ControlApi {
    private final FakeCloudflare fake;

    ControlApi(FakeCloudflare fake) {
        this.fake = fake;
    }

    HttpResponse handle(IncomingRequest req) {
        List<String> seg = Router.split(req.rawPath().substring(FakeEngine.CONTROL_PREFIX.length()));
        String route = req.method() + " " + String.join("/", seg);
        try {
            if (seg.size() == 3 && seg.get(0).equals("zones")) {
                return zone(req, seg.get(1), seg.get(2));
            }
            switch (route) {
                case "GET health":
                    return ok(g -> { });
                case "POST reset":
                    fake.reset();
                    return ok(g -> { });
                case "POST tokens":
                    return tokens(object(req));
                case "POST api_keys": {
                    Map<String, Object> o = object(req);
                    fake.registerApiKey(string(o, "email"), string(o, "key"));
                    return ok(g -> { });
                }
                case "PUT supported_regions":
                    fake.setSupportedRegions(SupportedRegionsJson.parse(req.body()));
                    return ok(g -> { });
                case "PUT rate_limit": {
                    Map<String, Object> o = object(req);
                    fake.setRateLimit(intField(o, "requests"), java.time.Duration.ofSeconds(intField(o, "window_seconds")));
                    return ok(g -> { });
                }
                case "PUT retire_v1":
                    fake.retireV1(intField(object(req), "status"));
                    return ok(g -> { });
                case "DELETE retire_v1":
                    fake.restoreV1();
                    return ok(g -> { });
                case "DELETE rate_limit":
                    fake.clearRateLimit();
                    return ok(g -> { });
                case "POST clock":
                    return clock(object(req));
                case "POST faults":
                    return fault(object(req));
                case "POST faults/random":
                    return randomFaults(object(req));
                case "DELETE faults":
                    fake.faults().clear();
                    return ok(g -> { });
                case "GET journal":
                    return journal();
                case "DELETE journal":
                    fake.journal().clear();
                    return ok(g -> { });
                default:
                    return error(404, "No control route " + req.method() + " " + req.rawPath()
                            + "; see the Javadoc of FakeCloudflare for the /__fake API");
            }
        } catch (RuntimeException e) {
            return error(400, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private HttpResponse zone(IncomingRequest req, String zoneId, String what) {
        ZoneIds.require(zoneId);
        if (what.equals("mappings") && req.method().equals("GET")) {
            List<Mapping> all = fake.mappings(zoneId);
            return ok(g -> {
                g.writeArrayFieldStart("mappings");
                for (Mapping m : all) {
                    g.writeStartObject();
                    g.writeStringField("ip", m.ip().value());
                    g.writeStringField("vendor", m.vendor().value());
                    g.writeStringField("region", m.region());
                    g.writeStringField("modified_on", FakeClock.format(m.modifiedOn()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            });
        }
        if (what.equals("mappings") && req.method().equals("POST")) {
            List<Mapping> seeds = new ArrayList<>();
            for (Object item : array(req)) {
                Map<String, Object> o = asObject(item, "mapping");
                Instant at = o.get("modified_on") instanceof String s ? Instant.parse(s) : null;
                seeds.add(new Mapping(OriginIp.of(string(o, "ip")), Vendor.of(string(o, "vendor")), string(o, "region"), at));
            }
            fake.seed(zoneId, seeds);
            return ok(g -> g.writeNumberField("seeded", seeds.size()));
        }
        if (what.equals("tiered_cache") && req.method().equals("PUT")) {
            Object enabled = object(req).get("enabled");
            if (!(enabled instanceof Boolean)) {
                throw new IllegalArgumentException("\"enabled\" must be true or false");
            }
            fake.setTieredCache(zoneId, (Boolean) enabled);
            return ok(g -> { });
        }
        return error(404, "No control route " + req.method() + " " + req.rawPath());
    }

    private HttpResponse tokens(Map<String, Object> o) {
        Set<String> zones = new HashSet<>();
        if (o.get("zones") instanceof List<?> list) {
            for (Object z : list) {
                zones.add((String) z);
            }
        }
        TokenScope scope = new TokenScope(zones, Boolean.TRUE.equals(o.get("read_only")));
        fake.registerToken(string(o, "token"), scope);
        return ok(g -> { });
    }

    private HttpResponse clock(Map<String, Object> o) {
        if (o.get("now") instanceof String now) {
            fake.setClock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
        } else if (o.get("advance_seconds") instanceof Number n) {
            fake.advanceClock(Duration.ofSeconds(n.longValue()));
        } else {
            throw new IllegalArgumentException("Give \"now\" (RFC 3339) or \"advance_seconds\"");
        }
        String now = FakeClock.format(fake.now());
        return ok(g -> g.writeStringField("now", now));
    }

    private HttpResponse fault(Map<String, Object> o) {
        int times = o.get("times") instanceof Number n ? n.intValue() : 1;
        String method = o.get("method") instanceof String m ? m : "*";
        String path = o.get("path") instanceof String p ? p : "**";
        fake.faults().next(times, method, path, parseFault(asObject(o.get("fault"), "fault")));
        return ok(g -> g.writeNumberField("pending", fake.faults().pending()));
    }

    private HttpResponse randomFaults(Map<String, Object> o) {
        List<Fault> effects = new ArrayList<>();
        if (o.get("faults") instanceof List<?> list) {
            for (Object f : list) {
                effects.add(parseFault(asObject(f, "fault")));
            }
        }
        long seed = o.get("seed") instanceof Number n ? n.longValue() : 0L;
        double rate = o.get("rate") instanceof Number r ? r.doubleValue() : -1;
        fake.faults().random(seed, rate, effects.toArray(new Fault[0]));
        return ok(g -> { });
    }

    /** A fault from its JSON description; see the Javadoc of {@link FakeCloudflare}. */
    static Fault parseFault(Map<String, Object> f) {
        String type = string(f, "type");
        switch (type) {
            case "status": {
                int status = intField(f, "status");
                Map<String, String> headers = new LinkedHashMap<>();
                if (f.get("headers") instanceof Map<?, ?> h) {
                    h.forEach((k, v) -> headers.put((String) k, String.valueOf(v)));
                }
                if (f.get("code") instanceof Number code) {
                    String message = f.get("message") instanceof String m ? m : "Injected by the fake";
                    return new Fault.ErrorResponse(status, code.intValue(), message, headers);
                }
                return Fault.status(status, headers);
            }
            case "rate_limited":
                return Fault.rateLimited(Duration.ofSeconds(intField(f, "retry_after_seconds")));
            case "delay":
                return Fault.delay(Duration.ofMillis(intField(f, "millis")));
            case "drop_connection":
                return Fault.dropConnection();
            case "truncated_body":
                return Fault.truncatedBody();
            case "non_json_body":
                return new Fault.NonJsonBody(f.get("status") instanceof Number n ? n.intValue() : 200);
            case "html_error_page":
                return Fault.htmlErrorPage(intField(f, "status"));
            default:
                throw new IllegalArgumentException("Unknown fault type \"" + type + "\"; use status, rate_limited, delay, "
                        + "drop_connection, truncated_body, non_json_body or html_error_page");
        }
    }

    private HttpResponse journal() {
        List<RecordedRequest> all = fake.journal().all();
        return ok(g -> {
            g.writeArrayFieldStart("requests");
            for (RecordedRequest r : all) {
                g.writeStartObject();
                g.writeStringField("method", r.method());
                g.writeStringField("path", r.path());
                Json.stringOrNull(g, "query", r.query());
                g.writeObjectFieldStart("headers");
                for (String name : r.headers().names()) {
                    g.writeArrayFieldStart(name);
                    for (String v : r.headers().allValues(name)) {
                        g.writeString(v);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeStringField("body", r.body());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    // ---- small JSON helpers ----

    private static Map<String, Object> object(IncomingRequest req) {
        return asObject(Json.parse(req.body()), "body");
    }

    private static List<?> array(IncomingRequest req) {
        Object v = Json.parse(req.body());
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("body must be a JSON array");
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object v, String what) {
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return (Map<String, Object>) v;
    }

    private static String string(Map<String, Object> o, String field) {
        if (!(o.get(field) instanceof String s)) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return s;
    }

    private static int intField(Map<String, Object> o, String field) {
        if (!(o.get(field) instanceof Number n)) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number");
        }
        return n.intValue();
    }

    private static HttpResponse ok(Json.Writer fields) {
        byte[] body = Json.write(g -> {
            g.writeStartObject();
            g.writeBooleanField("ok", true);
            fields.write(g);
            g.writeEndObject();
        });
        return HttpResponse.of(200, HttpHeaders.builder().set("Content-Type", "application/json").build(), body);
    }

    private static HttpResponse error(int status, String message) {
        byte[] body = Json.write(g -> {
            g.writeStartObject();
            g.writeBooleanField("ok", false);
            g.writeStringField("error", message);
            g.writeEndObject();
        });
        return HttpResponse.of(status, HttpHeaders.builder().set("Content-Type", "application/json").build(), body);
    }

}
