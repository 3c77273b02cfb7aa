package dev.cfregions.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.cache.ListParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.ClientClosedException;
import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.params.RetryPolicy;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudflareClientTest {

    @Test
    void aLentTransportIsNeverClosedByTheClient() {
        RecordingTransport t = new RecordingTransport();
        CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(t).build();
        client.close();
        client.close();
        assertThat(t.closed).isFalse();
    }

    @Test
    void aClosedClientFailsEveryCallAtOnceEvenWithALentTransport() {
        RecordingTransport t = new RecordingTransport().respondWithExample(200, "v1-list-200.json");
        CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(t).build();
        OriginCloudRegions ocr = client.cache().originCloudRegions();
        client.close();
        CompletableFuture<?> f = ocr.listAsync(ListParams.of(TestClients.ZONE));
        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).hasCauseInstanceOf(ClientClosedException.class);
        assertThatThrownBy(() -> ocr.list(TestClients.ZONE)).isInstanceOf(ClientClosedException.class).hasMessageContaining("closed");
        assertThat(t.requests).isEmpty();
    }

    @Test
    void aRetryDueAfterCloseIsNotSent() {
        RecordingTransport t = new RecordingTransport().respond(503, "{}").respond(200, "{}");
        CompletableFuture<Void> wait = new CompletableFuture<>();
        CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(t).sleeper(d -> wait).build();
        CompletableFuture<?> f = client.cache().originCloudRegions().listAsync(ListParams.of(TestClients.ZONE));
        client.close();
        wait.complete(null);
        assertThatThrownBy(f::join).hasCauseInstanceOf(ClientClosedException.class);
        assertThat(t.requests).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:s3cretPw@api.cloudflare.com/client/v4", "http://user:s3cretPw@api.example.com/x",
        "https://user:s3cretPw@api.cloudflare.com/client/v4 with space", "https://user:s3cretPw@[bad/x", "ftp://user:s3cretPw@h/x",
        "user:s3cretPw@api.cloudflare.com/client/v4", "https://us%er:s3cretPw@@host/x"})
    void userInfoInABaseUrlIsNeverEchoed(String url) {
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("CLOUDFLARE_BASE_URL", url))) {
            CloudflareClient.Builder b = CloudflareClient.builder().apiToken("t").transport(new RecordingTransport()).environment(env);
            if (env.isEmpty()) {
                b.baseUrl(url);
            }
            assertThatThrownBy(b::build).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(env.isEmpty() ? "baseUrl" : "CLOUDFLARE_BASE_URL").hasMessageContaining("[redacted]")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cretPw").doesNotContain("user:"));
        }
    }

    @Test
    void theBaseUrlComesFromTheEnvironmentWhenNotSet() {
        Map<String, String> env = Map.of("CLOUDFLARE_BASE_URL", "http://127.0.0.1:8787/client/v4/", "CLOUDFLARE_API_TOKEN", "e");
        assertThat(CloudflareClient.builder().environment(env).transport(new RecordingTransport()).build().baseUrl())
                .isEqualTo("http://127.0.0.1:8787/client/v4");
        assertThat(CloudflareClient.builder().environment(env).baseUrl("https://api.example.com/v4").transport(new RecordingTransport())
                .build().baseUrl()).as("the builder wins").isEqualTo("https://api.example.com/v4");
        for (Map<String, String> none : List.of(Map.of("CLOUDFLARE_API_TOKEN", "e"), Map.of("CLOUDFLARE_BASE_URL", "",
                "CLOUDFLARE_API_TOKEN", "e"))) {
            assertThat(CloudflareClient.builder().environment(none).transport(new RecordingTransport()).build().baseUrl())
                    .isEqualTo(CloudflareClient.DEFAULT_BASE_URL);
        }
        assertThatThrownBy(() -> CloudflareClient.builder().environment(Map.of("CLOUDFLARE_BASE_URL", "http://api.example.com/v4"))
                .apiToken("t").transport(new RecordingTransport()).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("CLOUDFLARE_BASE_URL").hasMessageContaining("plain http");
    }

    @Test
    void requestsGoToTheBaseUrlFromTheEnvironment() {
        RecordingTransport t = new RecordingTransport().respondWithExample(200, "v1-list-200.json");
        CloudflareClient.builder().environment(Map.of("CLOUDFLARE_BASE_URL", "https://cf-proxy.example.com/api"))
                .apiToken("t").transport(t).retryPolicy(RetryPolicy.none()).build().cache().originCloudRegions().list(TestClients.ZONE);
        assertThat(t.last().uri().toString()).startsWith("https://cf-proxy.example.com/api/zones/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com/client/v4", "http://10.0.0.1/client/v4", "http://[2001:db8::1]:8080/x"})
    void plainHttpToANonLoopbackHostIsRefused(String url) {
        assertThatThrownBy(() -> CloudflareClient.builder().apiToken("t").transport(new RecordingTransport()).baseUrl(url).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("plain http").hasMessageContaining(url);
    }

    @Test
    void plainHttpIsAllowedWhenAskedFor() {
        CloudflareClient c = CloudflareClient.builder().apiToken("t").transport(new RecordingTransport())
                .baseUrl("http://api.example.com/client/v4").allowInsecureHttp(true).build();
        assertThat(c.baseUrl()).isEqualTo("http://api.example.com/client/v4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8787/client/v4/", "http://localhost:1/client/v4", "http://[::1]:9/client/v4",
        "http://127.9.8.7/client/v4"})
    void plainHttpToLoopbackIsAllowed(String url) {
        CloudflareClient c = CloudflareClient.builder().apiToken("t").transport(new RecordingTransport()).baseUrl(url).build();
        assertThat(c.baseUrl()).doesNotEndWith("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://x/y", "https://user:pw@api.cloudflare.com/client/v4", "https://api.cloudflare.com/v4?x=1",
        "not a url", "https:///nohost"})
    void invalidBaseUrlsAreRefused(String url) {
        assertThatThrownBy(() -> CloudflareClient.builder().apiToken("t").transport(new RecordingTransport()).baseUrl(url).build())
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void credentialsDefaultToTheEnvironment() {
        RecordingTransport t = new RecordingTransport().respondWithExample(200, "v1-list-200-empty.json");
        CloudflareClient.builder().environment(Map.of("CLOUDFLARE_API_TOKEN", "from-env")).transport(t).build()
                .cache().originCloudRegions().list(TestClients.ZONE);
        assertThat(t.last().headers().firstValue("Authorization")).contains("Bearer from-env");
    }

    @Test
    void noCredentialsAnywhereIsAConfigurationError() {
        assertThatThrownBy(() -> CloudflareClient.builder().environment(Map.of()).transport(new RecordingTransport()).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("CLOUDFLARE_API_TOKEN");
    }

    @Test
    void userAgentPrefixGoesFirst() {
        RecordingTransport t = new RecordingTransport().respondWithExample(200, "v1-list-200-empty.json");
        CloudflareClient.builder().apiToken("t").userAgent("ops-tool/2.1").transport(t).build()
                .cache().originCloudRegions().list(TestClients.ZONE);
        assertThat(t.last().headers().firstValue("User-Agent").orElseThrow()).matches("ops-tool/2\\.1 cfregions-java/\\S+ \\(Java .+\\)");
    }

    @Test
    void absurdLimitsAreConfigurationErrors() {
        assertThatThrownBy(() -> CloudflareClient.builder().maxResponseBytes(3L << 30)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> CloudflareClient.builder().requestTimeout(java.time.Duration.ofDays(2)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> CloudflareClient.builder().connectTimeout(null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("connectTimeout");
    }

    @Test
    void toStringShowsNoSecret() {
        CloudflareClient c = CloudflareClient.builder().apiToken(TestClients.TOKEN).transport(new RecordingTransport()).build();
        assertThat(c.toString()).doesNotContain(TestClients.TOKEN).contains("redacted");
    }
}
