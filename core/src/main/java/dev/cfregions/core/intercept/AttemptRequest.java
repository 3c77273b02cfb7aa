package dev.cfregions.core.intercept;

import dev.cfregions.core.params.internal.HeaderRules;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A read-only view of one attempt's request, as an {@link Interceptor} sees it: method, URI,
 * headers with the credential headers' values replaced by {@value #REDACTED}, body length, the
 * attempt's timeout and its number within the call. It holds no credential, so neither it nor
 * anything taken from it can leak one. Immutable and thread-safe.
 */
public final class AttemptRequest {
    /** What the value of a credential header ({@code Authorization}, {@code X-Auth-Email}, {@code X-Auth-Key}) reads as. */
    public static final String REDACTED = HeaderRules.REDACTED;

    private final int attempt;
    private final String method;
    private final URI uri;
    private final HttpHeaders headers;
    private final int bodyLength;
    private final Duration timeout;

    private AttemptRequest(int attempt, HttpRequest request) {
        this.attempt = attempt;
        this.method = request.method();
        this.uri = request.uri();
        this.headers = redacted(request.headers());
        this.bodyLength = request.bodyLength();
        this.timeout = request.timeout();
    }

    /**
     * The view of {@code request} as attempt number {@code attempt} of its call; the client
     * makes these, and tests of an interceptor may too.
     *
     * @param request the request as the client sends it, credentials and all
     * @param attempt the attempt's number within its call, 1 for the first, 2 for the first retry
     * @return the view, credentials redacted
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if {@code attempt} is below 1
     */
    public static AttemptRequest of(HttpRequest request, int attempt) {
        Objects.requireNonNull(request, "request");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
        }
        return new AttemptRequest(attempt, request);
    }

    private static HttpHeaders redacted(HttpHeaders headers) {
        boolean any = false;
        for (String name : headers.names()) {
            any |= HeaderRules.isCredential(name);
        }
        if (!any) {
            return headers;
        }
        HttpHeaders.Builder b = HttpHeaders.builder();
        headers.forEach((name, value) -> b.add(name, HeaderRules.isCredential(name) ? REDACTED : value));
        return b.build();
    }

    /** {@return the attempt's number within its call: 1 for the first, 2 for the first retry and so on} */
    public int attempt() {
        return attempt;
    }

    /** {@return the HTTP method, such as {@code GET}} */
    public String method() {
        return method;
    }

    /** {@return the absolute request URI} */
    public URI uri() {
        return uri;
    }

    /** {@return the request headers as sent, credential values replaced by {@value #REDACTED}} */
    public HttpHeaders headers() {
        return headers;
    }

    /** {@return the length of the request body in bytes, 0 without one} */
    public int bodyLength() {
        return bodyLength;
    }

    /** {@return how long this attempt may take once connected} */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttemptRequest r && attempt == r.attempt && method.equals(r.method) && uri.equals(r.uri)
                && headers.equals(r.headers) && bodyLength == r.bodyLength && timeout.equals(r.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attempt, method, uri, headers, bodyLength, timeout);
    }

    /** Attempt, method, URI and header names: header values stay out of logs. */
    @Override
    public String toString() {
        return "AttemptRequest{attempt " + attempt + ": " + method + " " + uri + ", " + headers + ", " + bodyLength
                + " body bytes}";
    }
}
