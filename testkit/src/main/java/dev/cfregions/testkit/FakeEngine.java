package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The one path every request takes, whichever face received it: journal, faults, routing,
 * (a retired v1 family), authentication, rate limit, zone checks, then the family's translator
 * ({@link V1Api} or {@link V2Api}) over the one set of {@link MappingRules}. Both faces only
 * translate to and from {@link IncomingRequest} and {@link Outcome}, so they cannot drift apart.
 */
final class FakeEngine {
    static final String CONTROL_PREFIX = "/__fake";
    static final String NEAR_MISS_HEADER = "X-Fake-Near-Miss";
    static final String NO_ROUTE = "No route for that URI";

    private final RequestJournal journal;
    private final Faults faults;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final V1Api v1;
    private final V2Api v2;
    private final ControlApi control;
    /** Stamps each journaled request with the fake's time. */
    private final FakeClock clock;
    /** 0 while v1 is served; 404 or 410 once it is retired ({@link FakeCloudflare#retireV1(int)}). */
    private volatile int v1RetiredStatus;

    FakeEngine(RequestJournal journal, Faults faults, Authenticator authenticator, RateLimiter rateLimiter,
               MappingRules rules, ControlApi control, FakeClock clock) {
        this.clock = clock;
        this.journal = journal;
        this.faults = faults;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.v1 = new V1Api(rules);
        this.v2 = new V2Api(rules);
        this.control = control;
    }

    /** Retires the v1 family with this status (404 or 410), or serves it again with 0. */
    void v1RetiredStatus(int status) {
        this.v1RetiredStatus = status == 0 ? 0 : requireRetiredStatus(status);
    }

    /** The status if a retired v1 may answer it (404 or 410), else IllegalArgumentException. */
    static int requireRetiredStatus(int status) {
        if (status != 404 && status != 410) {
            throw new IllegalArgumentException("A retired v1 answers 404 or 410, got " + status);
        }
        return status;
    }

    int v1RetiredStatus() {
        return v1RetiredStatus;
    }

    Outcome handle(IncomingRequest req) {
        if (req.rawPath().equals(CONTROL_PREFIX) || req.rawPath().startsWith(CONTROL_PREFIX + "/")) {
            return Outcome.now(control.handle(req));
        }
        RequestJournal.Entry entry = journal.record(req, clock.now());
        try {
            Outcome outcome = decide(req);
            if (outcome instanceof Outcome.Respond r) {
                entry.answered(r.response().status());
            } else if (outcome instanceof Outcome.Truncate t) {
                entry.answered(t.response().status());
            } else if (outcome instanceof Outcome.Throttle t) {
                entry.answered(t.response().status());
            }
            return outcome;
        } finally {
            entry.settle(); // answered above, or not at all (a dropped connection): wakes takeRequest
        }
    }

    /** Faults first, then the API. */
    private Outcome decide(IncomingRequest req) {
        Fault fault = faults.decide(req.method(), req.rawPath());
        if (fault == null) {
            return Outcome.now(dispatch(req));
        }
        if (fault instanceof Fault.Delay d) {
            return new Outcome.Respond(dispatch(req), d.delay());
        }
        if (fault instanceof Fault.TruncatedBody) {
            return new Outcome.Truncate(dispatch(req));
        }
        if (fault instanceof Fault.ThrottledBody t) {
            return new Outcome.Throttle(dispatch(req), t.bytesPerSecond());
        }
        if (fault instanceof Fault.ApplyThenFail a) {
            dispatch(req); // the write lands; its answer is what the client never sees
            return instead(a.answer());
        }
        return instead(fault);
    }

    /** The outcome of a fault that answers in the handler's place (the handler does not run). */
    private static Outcome instead(Fault fault) {
        if (fault instanceof Fault.ErrorResponse e) {
            return Outcome.now(Envelope.failure(e.status(), List.of(ApiError.of(e.code(), e.message())), List.of(), e.headers()));
        }
        if (fault instanceof Fault.DropConnection) {
            return new Outcome.Drop();
        }
        if (fault instanceof Fault.NonJsonBody n) {
            return Outcome.now(text(n.status(), "text/plain; charset=utf-8", "upstream said: this is not JSON"));
        }
        if (fault instanceof Fault.HtmlErrorPage h) {
            return Outcome.now(text(h.status(), "text/html; charset=UTF-8", htmlPage(h.status())));
        }
        if (fault instanceof Fault.CustomResponse c) {
            dev.cfregions.core.spi.HttpHeaders.Builder headers = dev.cfregions.core.spi.HttpHeaders.builder();
            c.headers().forEach(headers::add);
            return Outcome.now(HttpResponse.of(c.status(), headers.build(), c.body()));
        }
        throw new IllegalStateException("not a fault that answers instead of the handler: " + fault);
    }

    /** Routing, auth and the handler: never throws, every failure is an envelope. */
    HttpResponse dispatch(IncomingRequest req) {
        try {
            Router.Result routed = Router.route(req.method(), req.rawPath());
            if (routed instanceof Router.NoRoute miss) {
                return noRoute(miss);
            }
            Router.Matched m = (Router.Matched) routed;
            int retired = v1RetiredStatus;
            if (retired != 0 && m.operation().family() == Family.V1) {
                // the route is gone: answered like any unknown route, before credentials are looked at
                return Envelope.failure(retired, List.of(ApiError.of(7000, NO_ROUTE)), List.of(), Map.of());
            }
            Principal who = authenticator.authenticate(req.headers());
            rateLimiter.check(who);
            if (!ZoneIds.isValid(m.zoneId())) {
                throw new ApiFailure(404, List.of(
                        ApiError.of(7003, "Could not route to " + m.apiPath() + ", perhaps your object identifier is invalid?"),
                        ApiError.of(7000, NO_ROUTE)), Map.of());
            }
            Authenticator.authorize(who, m.zoneId(), m.operation().isWrite());
            ApiCall call = new ApiCall(m.operation(), m.zoneId(), !who.scope().readOnly(), req.body(), m.ip(), req.rawQuery());
            return m.operation().family() == Family.V1 ? v1.handle(call) : v2.handle(call);
        } catch (ApiFailure f) {
            return Envelope.failure(f);
        } catch (RuntimeException e) {
            // a bug in the fake: answer like an origin error rather than leaving the client hanging
            return Envelope.failure(500, List.of(ApiError.of(1000, "Fake internal error: " + e)), List.of(), Map.of());
        }
    }

    private static HttpResponse noRoute(Router.NoRoute miss) {
        Map<String, String> headers = miss.status() == 405
                ? Map.of(NEAR_MISS_HEADER, miss.nearMiss(), "Allow", String.join(", ", miss.allowed()))
                : Map.of(NEAR_MISS_HEADER, miss.nearMiss());
        return Envelope.failure(miss.status(), List.of(ApiError.of(7000, NO_ROUTE)),
                List.of(ApiError.of(7000, miss.nearMiss())), headers);
    }

    private static HttpResponse text(int status, String contentType, String body) {
        return HttpResponse.of(status, dev.cfregions.core.spi.HttpHeaders.builder().set("Content-Type", contentType).build(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String htmlPage(int status) {
        String title = status == 502 ? "Bad gateway" : status == 503 ? "Service unavailable"
                : status == 504 ? "Gateway time-out" : "Error";
        return "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head><title>api.cloudflare.com | " + status + ": " + title
                + "</title></head>\n<body>\n<div id=\"cf-error-details\" class=\"cf-error-details-wrapper\">\n"
                + "<h1><span class=\"cf-error-type\">Error</span> <span class=\"cf-error-code\">" + status + "</span></h1>\n"
                + "<h2 class=\"cf-subheadline\">" + title + "</h2>\n"
                + "<p>Cloudflare Ray ID: <strong>0000000000000000</strong> (injected by the fake)</p>\n"
                + "</div>\n</body>\n</html>\n";
    }
}
