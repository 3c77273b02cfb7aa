package dev.cfregions.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.spi.HttpHeaders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials: redaction, header safety, environment precedence and the headers they add. */
class CredentialsTest {
    private static final String TOKEN = "Zq7uTokenSecretValue0123456789abcdef";
    private static final String KEY = "c2547eb745079dac9320b638f5e225cf483cc5cfdda41";
    private static final String EMAIL = "ops@example.com";

    // ------------------------------------------------------------------------- redaction

    @Test
    void toStringNeverShowsTheSecret() {
        Credentials token = Credentials.apiToken(TOKEN);
        assertThat(token.toString()).doesNotContain(TOKEN).doesNotContain(TOKEN.substring(0, 8)).contains("redacted");
        Credentials key = Credentials.apiKey(EMAIL, KEY);
        assertThat(key.toString()).doesNotContain(KEY).doesNotContain(KEY.substring(0, 8)).contains("redacted");
        assertThat(String.valueOf(List.of(token, key))).doesNotContain(TOKEN).doesNotContain(KEY);
    }

    @Test
    void equalCredentialsAreEqual() {
        assertThat(Credentials.apiToken(TOKEN)).isEqualTo(Credentials.apiToken(TOKEN))
                .hasSameHashCodeAs(Credentials.apiToken(TOKEN)).isNotEqualTo(Credentials.apiToken(TOKEN + "x"));
        assertThat(Credentials.apiKey(EMAIL, KEY)).isEqualTo(Credentials.apiKey(EMAIL, KEY))
                .isNotEqualTo(Credentials.apiKey("other@example.com", KEY));
    }

    // ------------------------------------------------------------------------- refused secrets

    /** Characters that would corrupt a header or hide in a copied secret. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {'\r', '\n', ' ', '\t', 0, 0x0b, 0x7f, 0xa0, 0xe9, 0x2028, 0xff41, 0x200b})
    void aSecretWithAnInvisibleOrNonAsciiCharacterIsRefusedWithoutRevealingIt(int c) {
        String bad = String.valueOf((char) c);
        for (String secret : List.of(TOKEN + bad, bad + TOKEN, TOKEN.substring(0, 10) + bad + TOKEN.substring(10))) {
            assertRefusedWithout(() -> Credentials.apiToken(secret), secret, "apiToken");
        }
        for (String secret : List.of(KEY + bad, bad + KEY, KEY.substring(0, 10) + bad + KEY.substring(10))) {
            assertRefusedWithout(() -> Credentials.apiKey(EMAIL, secret), secret, "apiKey");
        }
        for (String email : List.of(EMAIL + bad, bad + EMAIL, "ops" + bad + "@example.com")) {
            ConfigurationException e = assertRefusedWithout(() -> Credentials.apiKey(email, KEY), KEY, "email");
            assertThat(e.getMessage()).doesNotContain(KEY);
        }
    }

    @Test
    void aTrailingNewlineFromAFileIsExplained() {
        ConfigurationException e = assertRefusedWithout(() -> Credentials.apiToken(TOKEN + "\n"), TOKEN, "apiToken");
        assertThat(e.getMessage()).containsIgnoringCase("line feed").contains(String.valueOf(TOKEN.length()));
    }

    @Test
    void missingSecretsAreAConfigurationErrorNotANullPointerException() {
        assertRefusedWithout(() -> Credentials.apiToken(null), TOKEN, "apiToken");
        assertRefusedWithout(() -> Credentials.apiToken(""), TOKEN, "apiToken");
        assertRefusedWithout(() -> Credentials.apiKey(null, KEY), KEY, "email");
        assertRefusedWithout(() -> Credentials.apiKey("", KEY), KEY, "email");
        assertRefusedWithout(() -> Credentials.apiKey(EMAIL, null), KEY, "apiKey");
        assertRefusedWithout(() -> Credentials.apiKey(EMAIL, ""), KEY, "apiKey");
    }

    // ------------------------------------------------------------------------- environment

    @Test
    void theTokenWinsOverEmailAndKey() {
        Credentials c = Credentials.fromEnvironment(Map.of("CLOUDFLARE_API_TOKEN", TOKEN, "CLOUDFLARE_EMAIL", EMAIL,
                "CLOUDFLARE_API_KEY", KEY));
        assertThat(c).isInstanceOf(Credentials.ApiToken.class).isEqualTo(Credentials.apiToken(TOKEN));
        HttpHeaders h = headersOf(c);
        assertThat(h.firstValue("Authorization")).contains("Bearer " + TOKEN);
        assertThat(h.contains("X-Auth-Key")).isFalse();
        assertThat(h.contains("X-Auth-Email")).isFalse();
    }

    @Test
    void emailAndKeyAreUsedWithoutAToken() {
        Credentials c = Credentials.fromEnvironment(Map.of("CLOUDFLARE_EMAIL", EMAIL, "CLOUDFLARE_API_KEY", KEY));
        assertThat(c).isInstanceOf(Credentials.ApiKey.class).isEqualTo(Credentials.apiKey(EMAIL, KEY));
        Map<String, String> emptyToken = new HashMap<>(Map.of("CLOUDFLARE_API_TOKEN", "", "CLOUDFLARE_EMAIL", EMAIL,
                "CLOUDFLARE_API_KEY", KEY));
        assertThat(Credentials.fromEnvironment(emptyToken)).isEqualTo(Credentials.apiKey(EMAIL, KEY));
    }

    @Test
    void tokenAloneIsEnough() {
        assertThat(Credentials.fromEnvironment(Map.of("CLOUDFLARE_API_TOKEN", TOKEN))).isEqualTo(Credentials.apiToken(TOKEN));
    }

    @Test
    void neitherIsAConfigurationErrorNamingTheVariables() {
        List<Map<String, String>> incomplete = List.of(Map.of(), Map.of("CLOUDFLARE_EMAIL", EMAIL),
                Map.of("CLOUDFLARE_API_KEY", KEY), Map.of("CLOUDFLARE_EMAIL", "", "CLOUDFLARE_API_KEY", KEY),
                Map.of("CLOUDFLARE_API_TOKEN", "", "CLOUDFLARE_EMAIL", EMAIL),
                Map.of("cloudflare_api_token", TOKEN), Map.of("OTHER", "x"));
        for (Map<String, String> env : incomplete) {
            Throwable t = catchThrowable(() -> Credentials.fromEnvironment(env));
            assertThat(t).as(env.keySet().toString()).isInstanceOf(ConfigurationException.class);
            assertThat(t.getMessage()).contains("CLOUDFLARE_API_TOKEN").contains("CLOUDFLARE_EMAIL")
                    .contains("CLOUDFLARE_API_KEY").doesNotContain(KEY).doesNotContain(TOKEN);
        }
    }

    @Test
    void aMalformedSecretFromTheEnvironmentIsRefusedWithoutRevealingIt() {
        assertRefusedWithout(() -> Credentials.fromEnvironment(Map.of("CLOUDFLARE_API_TOKEN", TOKEN + "\n")), TOKEN,
                "apiToken");
        assertRefusedWithout(() -> Credentials.fromEnvironment(Map.of("CLOUDFLARE_EMAIL", EMAIL,
                "CLOUDFLARE_API_KEY", KEY + "\r\n")), KEY, "apiKey");
    }

    // ------------------------------------------------------------------------- headers

    @Test
    void aTokenIsSentAsBearerAuthorization() {
        HttpHeaders h = headersOf(Credentials.apiToken("x"));
        assertThat(h.allValues("Authorization")).containsExactly("Bearer x");
        assertThat(h.firstValue("authorization")).contains("Bearer x");
        assertThat(h.size()).isEqualTo(1);
    }

    @Test
    void anEmailAndKeyAreSentAsXAuthHeaders() {
        HttpHeaders h = headersOf(Credentials.apiKey(EMAIL, KEY));
        assertThat(h.allValues("X-Auth-Email")).containsExactly(EMAIL);
        assertThat(h.allValues("X-Auth-Key")).containsExactly(KEY);
        assertThat(h.contains("Authorization")).isFalse();
    }

    @Test
    void credentialsReplaceRatherThanAddToExistingAuthHeaders() {
        HttpHeaders.Builder b = HttpHeaders.builder().add("Authorization", "Bearer old").add("X-Auth-Key", "old")
                .add("Accept", "application/json");
        Credentials.apiToken("new").applyTo(b);
        Credentials.apiKey(EMAIL, KEY).applyTo(b);
        HttpHeaders h = b.build();
        assertThat(h.allValues("Authorization")).containsExactly("Bearer new");
        assertThat(h.allValues("X-Auth-Key")).containsExactly(KEY);
        assertThat(h.allValues("Accept")).containsExactly("application/json");
    }

    // ------------------------------------------------------------------------- helpers

    private static HttpHeaders headersOf(Credentials c) {
        HttpHeaders.Builder b = HttpHeaders.builder();
        c.applyTo(b);
        return b.build();
    }

    /** Asserts a ConfigurationException that names {@code field} and shows no part of {@code secret}. */
    private static ConfigurationException assertRefusedWithout(ThrowingCallable code, String secret, String field) {
        Throwable t = catchThrowable(code);
        assertThat(t).isInstanceOf(ConfigurationException.class);
        String message = t.getMessage();
        assertThat(message).contains(field);
        String visible = secret.strip();
        for (int i = 0; i + 6 <= visible.length(); i += 3) {
            assertThat(message).as("message must not show the secret").doesNotContain(visible.substring(i, i + 6));
        }
        assertThat(String.valueOf(t)).doesNotContain(visible);
        return (ConfigurationException) t;
    }
}
