package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One request the fake received, as the {@link RequestJournal} keeps it. Secrets are already
 * redacted from the headers ({@code Authorization} keeps only its scheme). A body longer than
 * {@link RequestJournal#BODY_CAP} bytes is kept only in part: {@link #bodyTruncated()} says so
 * and {@link #bodyBytes()} gives the size that was received. Immutable.
 *
 * @param method the HTTP method
 * @param path the raw path, still percent-encoded, including {@code /client/v4}
 * @param query the raw query string, or null
 * @param headers the headers, secrets replaced by {@value RequestJournal#REDACTED}
 * @param body the body as UTF-8 text, or its first {@link RequestJournal#BODY_CAP} bytes; empty when there was none
 * @param bodyBytes the size of the body as received, in bytes
 * @param bodyTruncated whether {@code body} holds only the start of it
 * @param receivedAt when the fake received it, on the fake's clock; null when not known
 * @param status the status the fake answered with (a fault's too), or {@link #NO_ANSWER} while the
 *               request is in flight or when the connection was dropped instead
 */
public record RecordedRequest(String method, String path, String query, HttpHeaders headers, String body,
                              long bodyBytes, boolean bodyTruncated, Instant receivedAt, int status) {

    /** The {@link #status()} of a request not answered (yet, or ever: a dropped connection). */
    public static final int NO_ANSWER = 0;

    /**
     * A request not yet answered, with no time.
     *
     * @param method the HTTP method
     * @param path the raw path
     * @param query the raw query string, or null
     * @param headers the (redacted) headers
     * @param body the body as text, perhaps truncated
     * @param bodyBytes the size of the body as received
     * @param bodyTruncated whether {@code body} holds only the start of it
     */
    public RecordedRequest(String method, String path, String query, HttpHeaders headers, String body,
                           long bodyBytes, boolean bodyTruncated) {
        this(method, path, query, headers, body, bodyBytes, bodyTruncated, null, NO_ANSWER);
    }

    /**
     * {@return this request with the status it was answered with}
     *
     * @param answered the response status
     */
    RecordedRequest withStatus(int answered) {
        return new RecordedRequest(method, path, query, headers, body, bodyBytes, bodyTruncated, receivedAt, answered);
    }

    /**
     * A request whose whole body was kept.
     *
     * @param method the HTTP method
     * @param path the raw path
     * @param query the raw query string, or null
     * @param headers the (redacted) headers
     * @param body the whole body as text
     */
    public RecordedRequest(String method, String path, String query, HttpHeaders headers, String body) {
        this(method, path, query, headers, body, body.getBytes(StandardCharsets.UTF_8).length, false);
    }

    /**
     * Whether the method matches and the path matches the glob (relative to {@code /client/v4}),
     * as {@link RequestPattern#of(String, String)} does: the path compared decoded, IPs canonical.
     *
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path glob such as {@code /zones/*}{@code /cache/origin_cloud_regions}
     * @return whether this request matches both
     */
    public boolean matches(String method, String pathGlob) {
        return RequestPattern.of(method, pathGlob).matches(this);
    }

    /** Method and path, for failure messages. */
    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }
}
