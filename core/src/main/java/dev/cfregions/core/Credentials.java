package dev.cfregions.core;

import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.spi.HttpHeaders;
import java.util.Map;
import java.util.Objects;

/**
 * How requests authenticate: an API token ({@code Authorization: Bearer}) or an account email
 * with the global API key ({@code X-Auth-Email} + {@code X-Auth-Key}). Secrets never appear in
 * {@code toString}, in exceptions or in logs. A secret with a space, CR, LF or any other
 * non-visible character is refused when the credentials are made, so it cannot corrupt a header.
 */
public sealed interface Credentials {

    /**
     * {@return an API token, sent as {@code Authorization: Bearer <token>}}
     *
     * @param token the API token
     */
    static Credentials apiToken(String token) {
        return new ApiToken(token);
    }

    /**
     * {@return an account email and its global API key, sent as {@code X-Auth-Email} and {@code X-Auth-Key}}
     *
     * @param email the account email
     * @param key the global API key
     */
    static Credentials apiKey(String email, String key) {
        return new ApiKey(email, key);
    }

    /**
     * Reads {@code CLOUDFLARE_API_TOKEN}, or else {@code CLOUDFLARE_EMAIL} with
     * {@code CLOUDFLARE_API_KEY}, from the process environment.
     *
     * @return the credentials found
     * @throws ConfigurationException if neither is set
     */
    static Credentials fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * As {@link #fromEnvironment()}, from the given variables.
     *
     * @param env the variables to read instead of the process environment
     * @return the credentials found
     */
    static Credentials fromEnvironment(Map<String, String> env) {
        String token = env.get("CLOUDFLARE_API_TOKEN");
        if (token != null && !token.isEmpty()) {
            return apiToken(token);
        }
        String email = env.get("CLOUDFLARE_EMAIL");
        String key = env.get("CLOUDFLARE_API_KEY");
        if (email != null && !email.isEmpty() && key != null && !key.isEmpty()) {
            return apiKey(email, key);
        }
        throw new ConfigurationException("No Cloudflare credentials: set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and "
                + "CLOUDFLARE_API_KEY, or pass credentials to CloudflareClient.builder()");
    }

    /**
     * Adds this credential's headers.
     *
     * @param headers the request headers to add to
     */
    void applyTo(HttpHeaders.Builder headers);

    /** An API token. Its {@code toString} is redacted. */
    final class ApiToken implements Credentials {
        private final String token;

        private ApiToken(String token) {
            this.token = requireVisible("apiToken", token);
        }

        @Override
        public void applyTo(HttpHeaders.Builder headers) {
            headers.set("Authorization", "Bearer " + token);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ApiToken t && token.equals(t.token);
        }

        @Override
        public int hashCode() {
            return token.hashCode();
        }

        @Override
        public String toString() {
            return "ApiToken[<redacted>]";
        }
    }

    /** An email with the global API key. Its {@code toString} is redacted. */
    final class ApiKey implements Credentials {
        private final String email;
        private final String key;

        private ApiKey(String email, String key) {
            this.email = requireVisible("email", email);
            this.key = requireVisible("apiKey", key);
        }

        @Override
        public void applyTo(HttpHeaders.Builder headers) {
            headers.set("X-Auth-Email", email);
            headers.set("X-Auth-Key", key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ApiKey k && email.equals(k.email) && key.equals(k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(email, key);
        }

        @Override
        public String toString() {
            return "ApiKey[email=<redacted>, key=<redacted>]";
        }
    }

    /** Refuses empty secrets and any character outside visible ASCII, naming only the position. */
    private static String requireVisible(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new ConfigurationException(field + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                String what = c == '\n' ? "a line feed" : c == '\r' ? "a carriage return" : c == ' ' ? "a space"
                        : String.format("character U+%04X", (int) c);
                throw new ConfigurationException(field + " contains " + what + " at index " + i + " of " + value.length()
                        + " (value redacted); check for a trailing newline from a file or environment variable");
            }
        }
        return value;
    }
}
