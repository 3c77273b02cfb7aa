package dev.cfregions.core.intercept;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import java.util.Objects;

/**
 * A read-only view of the response one attempt got, as an {@link Interceptor} sees it: status,
 * headers and body length, whatever the status. The body itself stays the client's to decode.
 * Immutable and thread-safe.
 */
public final class AttemptResponse {
    private final int status;
    private final HttpHeaders headers;
    private final int bodyLength;

    private AttemptResponse(int status, HttpHeaders headers, int bodyLength) {
        this.status = status;
        this.headers = headers;
        this.bodyLength = bodyLength;
    }

    /**
     * The view of {@code response}; the client makes these, and tests of an interceptor may too.
     *
     * @param response the response an attempt got
     * @return the view
     * @throws NullPointerException if {@code response} is null
     */
    public static AttemptResponse of(HttpResponse response) {
        Objects.requireNonNull(response, "response");
        return new AttemptResponse(response.status(), response.headers(), response.bodyLength());
    }

    /** {@return the HTTP status, such as 200 or 503} */
    public int status() {
        return status;
    }

    /** {@return the response headers, such as {@code cf-ray} and {@code Retry-After}} */
    public HttpHeaders headers() {
        return headers;
    }

    /** {@return the length of the response body in bytes} */
    public int bodyLength() {
        return bodyLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttemptResponse r && status == r.status && headers.equals(r.headers) && bodyLength == r.bodyLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, bodyLength);
    }

    /** Status, header names and body length: header values stay out of logs. */
    @Override
    public String toString() {
        return "AttemptResponse{" + status + ", " + headers + ", " + bodyLength + " body bytes}";
    }
}
