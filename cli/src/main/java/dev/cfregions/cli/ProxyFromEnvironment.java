package dev.cfregions.cli;

import dev.cfregions.core.spi.ProxyConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy the environment asks for, as curl and most tools read it: {@code HTTPS_PROXY} for an
 * https API base ({@code HTTP_PROXY} for http), lower-case spellings too, as
 * {@code http://[user:password@]host[:port]}; {@code NO_PROXY} a comma-separated list of hosts
 * that go direct. The password is never shown in an error.
 */
final class ProxyFromEnvironment {
    private ProxyFromEnvironment() {}

    /**
     * @param env the environment
     * @param baseUrl the API base the requests go to (its scheme picks the variable)
     * @return the proxy, or empty when none is set
     * @throws UsageError if the variable is not an {@code http://host[:port]} URL
     */
    static Optional<ProxyConfig> read(Map<String, String> env, String baseUrl) {
        String variable = baseUrl.toLowerCase(Locale.ROOT).startsWith("https:") ? "HTTPS_PROXY" : "HTTP_PROXY";
        String value = first(env, variable, variable.toLowerCase(Locale.ROOT));
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value.contains("://") ? value : "http://" + value);
        } catch (URISyntaxException e) {
            throw new UsageError(variable + " is not a URL: " + redact(value));
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new UsageError(variable + " must be http://host[:port] (a proxy reached over plain HTTP; https "
                    + "requests are tunnelled through it): " + redact(value));
        }
        ProxyConfig.Builder b = ProxyConfig.builder().host(uri.getHost()).port(uri.getPort() < 0 ? 80 : uri.getPort());
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
            b.credentials(user, password);
        }
        String noProxy = first(env, "NO_PROXY", "no_proxy");
        if (noProxy != null) {
            List<String> hosts = new ArrayList<>();
            for (String h : noProxy.split(",")) {
                if (!h.isBlank()) {
                    hosts.add(h.strip());
                }
            }
            b.noProxy(hosts);
        }
        return Optional.of(b.build());
    }

    private static String first(Map<String, String> env, String upper, String lower) {
        String v = env.get(upper);
        return v != null ? v : env.get(lower);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The value with any user info replaced, for error messages. */
    static String redact(String value) {
        int scheme = value.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int at = value.indexOf('@', start);
        return at < 0 ? value : value.substring(0, start) + "[redacted]@" + value.substring(at + 1);
    }
}
