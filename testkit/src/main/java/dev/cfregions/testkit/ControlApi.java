package dev.cfregions.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
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
                case "DELETE tokens": {
                    boolean removed = fake.removeToken(object(req).string("token"));
                    return ok(g -> g.writeBooleanField("removed", removed));
                }
                case "GET faults": {
                    int pending = fake.faults().pending();
                    return ok(g -> g.writeNumberField("pending", pending));
                }
                case "POST api_keys": {
                    JsonFields o = object(req);
                    fake.registerApiKeySurvivingReset(o.string("email"), o.string("key"));
                    return ok(g -> { });
                }
                case "PUT supported_regions":
                    fake.setSupportedRegions(SupportedRegionsJson.parse(req.body()));
                    return ok(g -> { });
                case "PUT rate_limit": {
                    JsonFields o = object(req);
                    fake.setRateLimit(o.integer("requests"), Duration.ofSeconds(o.integer("window_seconds")));
                    return ok(g -> { });
                }
                case "PUT retire_v1":
                    fake.retireV1(object(req).integer("status"));
                    return ok(g -> { });
                case "DELETE retire_v1":
                    fake.restoreV1();
                    return ok(g -> { });
                case "PUT paging": {
                    JsonFields o = object(req);
                    int max = o.integer("max_per_page", PageQuery.MAX_PER_PAGE);
                    boolean ignorePage = o.bool("ignore_page", false);
                    fake.capPerPage(max).ignorePageParameter(ignorePage);
                    return ok(g -> { });
                }
                case "DELETE paging":
                    fake.capPerPage(PageQuery.MAX_PER_PAGE).ignorePageParameter(false);
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
                    return journal(JournalFilter.of(req.rawQuery()));
                case "POST journal/verify":
                    return verifyJournal(object(req));
                case "DELETE journal":
                    fake.journal().clear();
                    return ok(g -> { });
                default:
                    return error(404, "No control route " + req.method() + " " + req.rawPath()
                            + "; see testkit/README.md for the /__fake API");
            }
        } catch (IllegalArgumentException | Json.JsonSyntaxException | ValidationException e) {
            // JsonFields, Json and the fake's own setters word these for the caller
            return error(400, e.getMessage());
        } catch (RuntimeException e) {
            // a bug in the fake: say where, without Java's text
            return error(500, "The fake could not handle " + req.method() + " " + req.rawPath()
                    + " (an internal error in the control API)");
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
            List<?> items = JsonFields.array(Json.parse(req.body()), "body");
            for (int i = 0; i < items.size(); i++) {
                JsonFields o = JsonFields.of(items.get(i), "body[" + i + "]");
                seeds.add(new Mapping(OriginIp.of(o.string("ip"), o.pathOf("ip")), Vendor.of(o.string("vendor")), o.string("region"),
                        o.instant("modified_on", null)));
            }
            fake.seed(zoneId, seeds);
            return ok(g -> g.writeNumberField("seeded", seeds.size()));
        }
        if (what.equals("mappings") && req.method().equals("DELETE")) {
            fake.clearZone(zoneId);
            return ok(g -> { });
        }
        if (what.equals("tiered_cache") && req.method().equals("PUT")) {
            JsonFields o = object(req);
            if (!o.has("enabled")) {
                throw new IllegalArgumentException("\"enabled\" is missing: give true or false");
            }
            fake.setTieredCache(zoneId, o.bool("enabled", true));
            return ok(g -> { });
        }
        return error(404, "No control route " + req.method() + " " + req.rawPath());
    }

    private HttpResponse tokens(JsonFields o) {
        Set<String> zones = new HashSet<>(o.strings("zones"));
        TokenScope scope = new TokenScope(zones, o.bool("read_only", false));
        fake.registerTokenSurvivingReset(o.string("token"), scope);
        return ok(g -> { });
    }

    private HttpResponse clock(JsonFields o) {
        if (o.has("now")) {
            fake.setClock(Clock.fixed(o.instant("now"), ZoneOffset.UTC));
        } else if (o.has("advance_seconds")) {
            fake.advanceClock(Duration.ofSeconds(o.longInteger("advance_seconds", 0)));
        } else {
            throw new IllegalArgumentException("Give \"now\" (RFC 3339) or \"advance_seconds\"");
        }
        String now = FakeClock.format(fake.now());
        return ok(g -> g.writeStringField("now", now));
    }

    private HttpResponse fault(JsonFields o) {
        int times = o.integer("times", 1);
        String method = o.string("method", "*");
        String path = o.string("path", "**");
        fake.faults().next(times, method, path, parseFault(o.object("fault")));
        return ok(g -> g.writeNumberField("pending", fake.faults().pending()));
    }

    private HttpResponse randomFaults(JsonFields o) {
        List<Fault> effects = new ArrayList<>();
        List<?> list = o.has("faults") ? o.array("faults") : List.of();
        for (int i = 0; i < list.size(); i++) {
            effects.add(parseFault(JsonFields.of(list.get(i), o.pathOf("faults") + "[" + i + "]")));
        }
        long seed = o.longInteger("seed", 0L);
        if (!o.has("rate")) {
            throw new IllegalArgumentException("\"rate\" is missing: give a number between 0 and 1");
        }
        double rate = o.decimal("rate", 0);
        fake.faults().random(seed, rate, effects.toArray(new Fault[0]));
        return ok(g -> { });
    }

    /** {@code {"type":"apply_then_fail","answer":{...}?}}: the answer defaults to a 503 envelope. */
    private static Fault applyThenFail(JsonFields f) {
        if (!f.has("answer")) {
            return Fault.applyThenFail(Fault.status(503));
        }
        Fault answer = parseFault(f.object("answer"));
        try {
            return Fault.applyThenFail(answer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + f.pathOf("answer") + "\" must be a fault that answers instead of the "
                    + "handler (status, rate_limited, drop_connection, non_json_body, html_error_page or response), got the type \""
                    + f.object("answer").string("type") + "\"");
        }
    }

    /** A fault from its JSON description; see the Javadoc of {@link FakeCloudflare}. */
    static Fault parseFault(JsonFields f) {
        String type = f.string("type");
        switch (type) {
            case "status": {
                int status = f.integer("status");
                Map<String, String> headers = headers(f);
                if (f.has("code")) {
                    return new Fault.ErrorResponse(status, f.integer("code"), f.string("message", "Injected by the fake"), headers);
                }
                return Fault.status(status, headers);
            }
            case "rate_limited":
                return Fault.rateLimited(Duration.ofSeconds(f.integer("retry_after_seconds")));
            case "delay":
                return Fault.delay(Duration.ofMillis(f.integer("millis")));
            case "drop_connection":
                return Fault.dropConnection();
            case "truncated_body":
                return Fault.truncatedBody();
            case "throttled_body":
                return Fault.throttledBody(f.longInteger("bytes_per_second"));
            case "non_json_body":
                return new Fault.NonJsonBody(f.integer("status", 200));
            case "html_error_page":
                return Fault.htmlErrorPage(f.integer("status"));
            case "response":
                return Fault.response(f.integer("status"), headers(f), body(f));
            case "apply_then_fail":
                return applyThenFail(f);
            default:
                throw new IllegalArgumentException("Unknown fault type \"" + type + "\"; use status, rate_limited, delay, "
                        + "drop_connection, truncated_body, throttled_body, non_json_body, html_error_page, response or apply_then_fail");
        }
    }

    /** A fault's optional {@code headers} object of strings, in document order. */
    private static Map<String, String> headers(JsonFields f) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (f.has("headers")) {
            JsonFields h = f.object("headers");
            for (String name : h.names()) {
                headers.put(name, h.string(name));
            }
        }
        return headers;
    }

    /** A custom response's body: {@code body} (text, sent as UTF-8) or {@code body_base64} (bytes); none is empty. */
    private static byte[] body(JsonFields f) {
        if (f.has("body") && f.has("body_base64")) {
            throw new IllegalArgumentException("Give \"" + f.pathOf("body") + "\" or \"" + f.pathOf("body_base64") + "\", not both");
        }
        if (f.has("body")) {
            return f.string("body").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!f.has("body_base64")) {
            return new byte[0];
        }
        String encoded = f.string("body_base64");
        try {
            return java.util.Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + f.pathOf("body_base64") + "\" must be base64 (RFC 4648, with padding), got \""
                    + (encoded.length() > 40 ? encoded.substring(0, 40) + "..." : encoded) + "\"");
        }
    }

    private HttpResponse journal(JournalFilter filter) {
        List<RecordedRequest> all = filter.apply(fake.journal());
        return ok(g -> writeRequests(g, all));
    }

    /** {@code POST /__fake/journal/verify}: a pattern and a count, answered with the verdict, the report and the matches. */
    private HttpResponse verifyJournal(JsonFields o) {
        Verification v = fake.journal().check(RequestPatternJson.count(o), RequestPatternJson.pattern(o));
        List<RecordedRequest> matched = v.matched();
        String report = v.report();
        return ok(g -> {
            g.writeBooleanField("verified", v.passed());
            g.writeNumberField("count", matched.size());
            g.writeStringField("report", report);
            writeRequests(g, matched);
        });
    }

    private static void writeRequests(JsonGenerator g, List<RecordedRequest> all) throws IOException {
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
            g.writeNumberField("body_bytes", r.bodyBytes());
            g.writeBooleanField("body_truncated", r.bodyTruncated());
            Json.stringOrNull(g, "received_at", r.receivedAt() == null ? null : FakeClock.format(r.receivedAt()));
            if (r.status() == RecordedRequest.NO_ANSWER) {
                g.writeNullField("status");
            } else {
                g.writeNumberField("status", r.status());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // ---- small JSON helpers ----

    private static JsonFields object(IncomingRequest req) {
        return JsonFields.of(Json.parse(req.body()), "");
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
