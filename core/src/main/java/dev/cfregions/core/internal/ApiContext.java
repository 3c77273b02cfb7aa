package dev.cfregions.core.internal;

import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** What every operation needs: where to send, how to send (with retries), the timeout and the clock. */
public final class ApiContext {
    private final String baseUrl;
    private final RetryingCaller caller;
    private final Duration requestTimeout;
    private final Clock clock;
    private final boolean allowUnknownVendors;
    private final HttpHeaders extraHeaders;

    /**
     * @param baseUrl the API root without a trailing slash, e.g. {@code https://api.cloudflare.com/client/v4}
     * @param caller the retry loop over the client's pipeline
     * @param requestTimeout each attempt's timeout
     * @param clock the client's clock
     * @param allowUnknownVendors whether writes may name a vendor this library does not know
     */
    public ApiContext(String baseUrl, RetryingCaller caller, Duration requestTimeout, Clock clock, boolean allowUnknownVendors) {
        this(baseUrl, caller, requestTimeout, clock, allowUnknownVendors, HttpHeaders.empty());
    }

    private ApiContext(String baseUrl, RetryingCaller caller, Duration requestTimeout, Clock clock, boolean allowUnknownVendors,
            HttpHeaders extraHeaders) {
        this.extraHeaders = extraHeaders;
        this.baseUrl = baseUrl;
        this.caller = caller;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.allowUnknownVendors = allowUnknownVendors;
    }

    /**
     * This context with one call's options over it: what they leave unset stays this context's.
     * The pipeline is the same, so auth and the standard headers still come after (and win over)
     * the options' headers; {@link RequestOptions} refuses those names in the first place.
     */
    ApiContext withOptions(RequestOptions options) {
        boolean retries = options.retryPolicy().isPresent() || options.maxRetries().isPresent()
                || options.totalDeadline().isPresent();
        RetryingCaller c = retries
                ? caller.withRules(options.retryPolicy().orElse(null),
                        options.maxRetries().isPresent() ? options.maxRetries().getAsInt() : null,
                        options.totalDeadline().orElse(null))
                : caller;
        if (options.attemptListener().isPresent()) {
            c = c.withAttemptListener(options.attemptListener().get());
        }
        HttpHeaders.Builder h = extraHeaders.toBuilder();
        options.headers().forEach(h::set);
        return new ApiContext(baseUrl, c, options.timeout().orElse(requestTimeout), clock, allowUnknownVendors, h.build());
    }

    Clock clock() {
        return clock;
    }

    /** Whether writes may name a vendor this library does not know. */
    boolean allowUnknownVendors() {
        return allowUnknownVendors;
    }

    /** {@code method baseUrl/zones/{zone}/{path…}}; each extra segment is percent-encoded. */
    HttpRequest request(String method, byte[] body, String zoneId, String... segments) {
        return request(method, body, url(zoneId, segments));
    }

    /** {@code GET baseUrl/zones/{zone}/{path…}?query}, the query already encoded. */
    HttpRequest get(String zoneId, String query, String... segments) {
        return request("GET", null, url(zoneId, segments).append('?').append(query));
    }

    private StringBuilder url(String zoneId, String... segments) {
        StringBuilder url = new StringBuilder(baseUrl.length() + 96).append(baseUrl).append("/zones/").append(PathSegment.encode(zoneId));
        for (String s : segments) {
            url.append('/').append(PathSegment.encode(s));
        }
        return url;
    }

    private HttpRequest request(String method, byte[] body, StringBuilder url) {
        return HttpRequest.builder().method(method).uri(URI.create(url.toString())).headers(extraHeaders)
                .body(body).timeout(requestTimeout).build();
    }

    /** Starts the total deadline of one user call; every request the call sends gets it. */
    Deadline deadline() {
        return caller.startDeadline();
    }

    /** Sends {@code request} as part of the user call whose deadline is {@code deadline}. */
    CompletableFuture<Exchange> send(HttpRequest request, boolean idempotent, Deadline deadline) {
        return caller.call(request, idempotent, deadline);
    }
}
