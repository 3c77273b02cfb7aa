package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;

/**
 * One request the fake received, as the {@link RequestJournal} keeps it. Secrets are already
 * redacted from the headers ({@code Authorization} keeps only its scheme). Immutable.
 *
 * @param method the HTTP method
 * @param path the raw path, still percent-encoded, including {@code /client/v4}
 * @param query the raw query string, or null
 * @param headers the headers, secrets replaced by {@value RequestJournal#REDACTED}
 * @param body the body as UTF-8 text; empty when there was none
 */
public record RecordedRequest(String method, String path, String query, HttpHeaders headers, String body) {

    /**
     * {@return whether the method matches and the path matches the glob (relative to {@code /client/v4})}
     *
     * @param method the HTTP method, or {@code "*"} for any
     * @param pathGlob a glob over the request path, {@code *} matching any characters
     */
    public boolean matches(String method, String pathGlob) {
        return PathGlob.methodMatches(method, this.method) && PathGlob.of(pathGlob).matches(path);
    }

    /** Method and path, for failure messages. */
    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }
}
