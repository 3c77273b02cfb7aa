package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cloudflare's authentication, as the reference's §11 describes it: {@code Authorization: Bearer}
 * tokens, or {@code X-Auth-Email} + {@code X-Auth-Key}. Credentials are registered on the fake;
 * nothing here ever puts a secret into a message.
 */
final class Authenticator {
    private final Map<String, TokenScope> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> apiKeys = new ConcurrentHashMap<>();

    void registerToken(String token, TokenScope scope) {
        requireSecret(token, "token");
        tokens.put(token, scope);
    }

    void registerApiKey(String email, String key) {
        if (email == null || email.indexOf('@') <= 0) {
            throw new IllegalArgumentException("email must look like an address, got \"" + email + "\"");
        }
        requireSecret(key, "key");
        apiKeys.put(email, key);
    }

    /** {@return whether the token was registered} */
    boolean removeToken(String token) {
        return token != null && tokens.remove(token) != null;
    }

    void clear() {
        tokens.clear();
        apiKeys.clear();
    }

    /**
     * Who sent the request, or an {@link ApiFailure}: 400/9106 no credentials, 400/6003 a
     * malformed header, 403/10000 unknown credentials.
     */
    Principal authenticate(HttpHeaders headers) {
        Optional<String> authorization = headers.firstValue("Authorization");
        Optional<String> email = headers.firstValue("X-Auth-Email");
        Optional<String> key = headers.firstValue("X-Auth-Key");
        if (authorization.isPresent()) {
            String value = authorization.get();
            if (!value.startsWith("Bearer ") || !isWellFormedSecret(value.substring(7))) {
                throw invalidHeaders(6111, "Invalid format for Authorization header");
            }
            String token = value.substring(7);
            TokenScope scope = tokens.get(token);
            if (scope == null) {
                throw authenticationError();
            }
            return new Principal("token#" + Integer.toHexString(token.hashCode()), scope);
        }
        if (email.isEmpty() && key.isEmpty()) {
            throw ApiFailure.of(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
        }
        if (email.isEmpty() || key.isEmpty()) {
            throw ApiFailure.of(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
        }
        if (email.get().indexOf('@') <= 0) {
            throw invalidHeaders(6102, "Invalid format for X-Auth-Email header");
        }
        if (!isWellFormedSecret(key.get())) {
            throw invalidHeaders(6103, "Invalid format for X-Auth-Key header");
        }
        String expected = apiKeys.get(email.get());
        if (expected == null || !expected.equals(key.get())) {
            throw authenticationError();
        }
        return new Principal("key:" + email.get(), TokenScope.allZones());
    }

    /** 403/10000 when the credential does not reach {@code zoneId}; 403/9109 for a write with a read-only one. */
    static void authorize(Principal who, String zoneId, boolean write) {
        if (!who.scope().covers(zoneId)) {
            throw authenticationError();
        }
        if (write && who.scope().readOnly()) {
            throw ApiFailure.of(403, 9109, "Unauthorized to access requested resource");
        }
    }

    static ApiFailure authenticationError() {
        return ApiFailure.of(403, 10000, "Authentication error");
    }

    private static ApiFailure invalidHeaders(int chainCode, String chainMessage) {
        return new ApiFailure(400,
                List.of(new ApiError(6003, "Invalid request headers", List.of(ApiError.of(chainCode, chainMessage)))),
                Map.of());
    }

    /** Non-empty printable ASCII without spaces: what a token or key can be. */
    private static boolean isWellFormedSecret(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static void requireSecret(String secret, String what) {
        if (secret == null || !isWellFormedSecret(secret)) {
            // the value is a secret: say what is wrong with it, never what it is
            throw new IllegalArgumentException(what + " must be non-empty printable ASCII without whitespace");
        }
    }
}
