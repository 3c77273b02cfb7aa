package dev.cfregions.core.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable HTTP response: status, headers and the complete body, already decoded from any
 * {@code Content-Encoding} the transport negotiated. Safe to share between threads.
 */
public final class HttpResponse {
    private static final byte[] NO_BODY = new byte[0];

    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    private HttpResponse(int status, HttpHeaders headers, byte[] body, boolean copy) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null || body.length == 0 ? NO_BODY : copy ? body.clone() : body;
    }

    /**
     * {@return a response; the body array is copied}
     *
     * @param status the HTTP status code
     * @param headers the response header fields
     * @param body the body, or {@code null} for an empty one
     */
    public static HttpResponse of(int status, HttpHeaders headers, byte[] body) {
        return new HttpResponse(status, headers, body, true);
    }

    /**
     * A response over {@code body} itself rather than a copy, for a transport that has just read
     * the body into an array of its own and hands it over: a 3,500-mapping listing is then held
     * once, not twice. The array must not change afterwards; when anything else keeps a
     * reference that might, use {@link #of}.
     *
     * @param status the HTTP status code
     * @param headers the response header fields
     * @param body the body, no longer to be changed by the caller, or {@code null} for an empty one
     * @return a response
     */
    public static HttpResponse wrap(int status, HttpHeaders headers, byte[] body) {
        return new HttpResponse(status, headers, body, false);
    }

    /** {@return the HTTP status code} */
    public int status() {
        return status;
    }

    /** {@return the response header fields} */
    public HttpHeaders headers() {
        return headers;
    }

    /** {@return a copy of the body; empty (never null) when there is none} */
    public byte[] body() {
        return body.length == 0 ? NO_BODY : body.clone();
    }

    /** {@return the body as a stream over the response's own bytes, without copying them} */
    public java.io.InputStream bodyStream() {
        return new java.io.ByteArrayInputStream(body);
    }

    /**
     * Length of the body in bytes, without copying it.
     *
     * @return the body length in bytes
     */
    public int bodyLength() {
        return body.length;
    }

    /** {@return whether the status is 2xx} */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "HttpResponse{status=" + status + ", bodyBytes=" + body.length + "}";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpResponse r && status == r.status && headers.equals(r.headers) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }
}
