package dev.cfregions.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ProxyConfigTest {
    private static final String SECRET = "s3cret-pass";

    private static ProxyConfig.Builder proxy() {
        return ProxyConfig.builder().host("proxy.internal").port(3128);
    }

    @Test
    void credentialsNeverShowInToStringOfTheProxyOrTheTransportConfig() {
        ProxyConfig p = proxy().credentials("svc-user", SECRET).build();
        TransportConfig config = TransportConfig.defaults().withProxy(p);
        assertThat(p.toString()).contains("proxy.internal", "3128", "<redacted>").doesNotContain(SECRET, "svc-user");
        assertThat(config.toString()).doesNotContain(SECRET, "svc-user");
        assertThat(p.basicAuthorization()).contains("Basic "
                + Base64.getEncoder().encodeToString(("svc-user:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutCredentialsThereIsNoAuthorization() {
        ProxyConfig p = proxy().build();
        assertThat(p.username()).isEmpty();
        assertThat(p.password()).isEmpty();
        assertThat(p.basicAuthorization()).isEmpty();
        assertThat(p.toString()).contains("credentials=none");
    }

    @Test
    void noProxyMatchesNamesTheirSubdomainsAndExactIpsWithoutResolving() {
        ProxyConfig p = proxy().noProxy("localhost", ".corp.example", "*.svc.example", "api.example.com", "127.0.0.1", "[::1]").build();
        assertThat(p.bypasses("LOCALHOST")).isTrue();
        assertThat(p.bypasses("corp.example")).isTrue();
        assertThat(p.bypasses("a.b.corp.example")).isTrue();
        assertThat(p.bypasses("x.svc.example")).isTrue();
        assertThat(p.bypasses("api.example.com.")).isTrue();
        assertThat(p.bypasses("v4.api.example.com")).isTrue();
        assertThat(p.bypasses("127.0.0.1")).isTrue();
        assertThat(p.bypasses("::1")).isTrue();
        assertThat(p.bypasses("[::1]")).isTrue();
        assertThat(p.bypasses("api.cloudflare.com")).isFalse();
        assertThat(p.bypasses("notcorp.example")).isFalse();
        assertThat(p.bypasses("10.127.0.0.1")).isFalse();
        assertThat(p.bypasses("example.com")).isFalse();
        assertThat(proxy().noProxy("*").build().bypasses("anything.example")).isTrue();
    }

    @Test
    void transportConfigProxiesOnlyHostsOffTheList() {
        TransportConfig config = TransportConfig.defaults().withProxy(proxy().noProxy("127.0.0.1").build());
        assertThat(config.proxies("api.cloudflare.com")).isTrue();
        assertThat(config.proxies("127.0.0.1")).isFalse();
        assertThat(TransportConfig.defaults().proxies("api.cloudflare.com")).isFalse();
        assertThat(config.withConnectTimeout(Duration.ofSeconds(1)).proxy()).isEqualTo(config.proxy());
    }

    @Test
    void badValuesAreRefusedNamingTheFieldButNeverASecret() {
        assertThatThrownBy(() -> ProxyConfig.builder().port(3128).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("proxy host");
        assertThatThrownBy(() -> proxy().host("http://proxy:3128").build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("\"http://proxy:3128\"");
        assertThatThrownBy(() -> proxy().port(0).build()).hasMessageContaining("port").hasMessageContaining("0");
        assertThatThrownBy(() -> proxy().port(65536).build()).hasMessageContaining("65536");
        assertThatThrownBy(() -> proxy().credentials("user:x", SECRET)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("proxy username").hasMessageNotContaining("user:x");
        assertThatThrownBy(() -> proxy().credentials("user", SECRET + "\n")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("proxy password").hasMessageContaining("index " + SECRET.length())
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> proxy().noProxy("a b")).isInstanceOf(ConfigurationException.class).hasMessageContaining("noProxy");
        assertThatThrownBy(() -> proxy().noProxy("")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void ipv6ProxyHostLosesItsBracketsAndValuesRoundTrip() {
        ProxyConfig p = ProxyConfig.builder().host("[::1]").port(8080).credentials("u", "p w:x").noProxy("Example.COM").build();
        assertThat(p.host()).isEqualTo("::1");
        assertThat(p.noProxy()).containsExactly("example.com");
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.password()).contains("p w:x");
    }
}
