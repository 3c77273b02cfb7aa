package dev.cfregions.core.internal;

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

    /**
     * @param baseUrl the API root without a trailing slash, e.g. {@code https://api.cloudflare.com/client/v4}
     * @param caller the retry loop over the client's pipeline
     * @param requestTimeout each attempt's timeout
     * @param clock the client's clock
     * @param allowUnknownVendors whether writes may name a vendor this library does not know
     */
    public ApiContext(String baseUrl, RetryingCaller caller, Duration requestTimeout, Clock clock, boolean allowUnknownVendors) {
        this.baseUrl = baseUrl;
        this.caller = caller;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.allowUnknownVendors = allowUnknownVendors;
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
        StringBuilder url = new StringBuilder(baseUrl.length() + 96).append(baseUrl).append("/zones/").append(PathSegment.encode(zoneId));
        for (String s : segments) {
            url.append('/').append(PathSegment.encode(s));
        }
        return HttpRequest.builder().method(method).uri(URI.create(url.toString())).headers(HttpHeaders.empty())
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
