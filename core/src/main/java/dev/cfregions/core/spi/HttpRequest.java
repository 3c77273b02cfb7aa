package dev.cfregions.core.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable HTTP request as a transport sends it: method, absolute URI, headers, body bytes
 * and the time the whole exchange may take. The body is copied in and out, so neither the
 * caller nor the transport can change it under the other. Safe to share between threads.
 */
public final class HttpRequest {
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final URI uri;
    private final HttpHeaders headers;
    private final byte[] body;
    private final Duration timeout;

    private HttpRequest(Builder b) {
        this.method = requireMethod(b.method);
        this.uri = requireUri(b.uri);
        this.headers = Objects.requireNonNull(b.headers, "headers");
        this.body = b.body == null ? NO_BODY : b.body.clone();
        this.timeout = requireTimeout(b.timeout);
    }

    /** A copy differing in headers or timeout, sharing the body: both values keep it unchanged. */
    private HttpRequest(HttpRequest base, HttpHeaders headers, Duration timeout) {
        this.method = base.method;
        this.uri = base.uri;
        this.headers = headers;
        this.body = base.body;
        this.timeout = timeout;
    }

    /** {@return a new builder, with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder that starts from this value} */
    public Builder toBuilder() {
        return new Builder().method(method).uri(uri).headers(headers).body(body).timeout(timeout);
    }

    /**
     * This request with other headers. Cheaper than a round trip through {@link #toBuilder()}
     * (which copies the body twice): the body is shared, since neither request can change it.
     *
     * @param headers the header fields of the new request
     * @return the new request
     */
    public HttpRequest withHeaders(HttpHeaders headers) {
        return new HttpRequest(this, Objects.requireNonNull(headers, "headers"), timeout);
    }

    /**
     * This request with another timeout, sharing the body as {@link #withHeaders} does.
     *
     * @param timeout the time the whole exchange may take; positive
     * @return the new request
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public HttpRequest withTimeout(Duration timeout) {
        return new HttpRequest(this, headers, requireTimeout(timeout));
    }

    /** {@return the method in upper case: GET, POST, PUT, PATCH, DELETE and so on} */
    public String method() {
        return method;
    }

    /**
     * Absolute {@code http} or {@code https} URI, already percent-encoded.
     *
     * @return the request URI
     */
    public URI uri() {
        return uri;
    }

    /** {@return the request header fields} */
    public HttpHeaders headers() {
        return headers;
    }

    /** {@return a copy of the body; empty (never null) when there is none} */
    public byte[] body() {
        return body.length == 0 ? NO_BODY : body.clone();
    }

    /**
     * Length of the body in bytes, without copying it.
     *
     * @return the body length in bytes, 0 without a body
     */
    public int bodyLength() {
        return body.length;
    }

    /** {@return whether the request carries a body (DELETE may, GET does not)} */
    public boolean hasBody() {
        return body.length > 0;
    }

    /**
     * {@return how long the transport waits for the complete response, counted once connected (the
     * connect timeout covers connecting)} A transport whose library cannot separate the two
     * phases may count from the start of the exchange instead, which is only stricter.
     */
    public Duration timeout() {
        return timeout;
    }

    /** Method and URI only: headers may hold credentials and bodies may be large. */
    @Override
    public String toString() {
        return method + " " + uri;
    }

    private static String requireMethod(String method) {
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("HTTP method must not be empty");
        }
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (c < 'A' || c > 'Z') {
                throw new IllegalArgumentException("HTTP method must be upper-case ASCII letters: " + method);
            }
        }
        return method;
    }

    private static URI requireUri(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("Request URI must be an absolute http(s) URI with a host: " + uri);
        }
        return uri;
    }

    private static Duration requireTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Request timeout must be positive: " + timeout);
        }
        return timeout;
    }

    /** Builds a request; not thread-safe. Method GET and a 60 s timeout unless set. */
    public static final class Builder {
        private String method = "GET";
        private URI uri;
        private HttpHeaders headers = HttpHeaders.empty();
        private byte[] body;
        private Duration timeout = Duration.ofSeconds(60);

        private Builder() {}

        /**
         * Sets the method; default {@code GET}.
         *
         * @param method the HTTP method, such as {@code GET}
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the request URI; required.
         *
         * @param uri an absolute {@code http} or {@code https} URI, already percent-encoded
         * @return this builder
         */
        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        /**
         * Sets the header fields; default none.
         *
         * @param headers the header fields
         * @return this builder
         */
        public Builder headers(HttpHeaders headers) {
            this.headers = headers;
            return this;
        }

        /**
         * The body; copied when the request is built. {@code null} means none.
         *
         * @param body the body, or {@code null} for none
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = body;
            return this;
        }

        /**
         * Sets how long the response may take once connected; default none.
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** {@return the immutable request} */
        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpRequest r && method.equals(r.method) && uri.equals(r.uri)
                && headers.equals(r.headers) && Arrays.equals(body, r.body) && timeout.equals(r.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, Arrays.hashCode(body), timeout);
    }
}
