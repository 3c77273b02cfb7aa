package dev.cfregions.core.spi;

import dev.cfregions.core.errors.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy every transport can send through: HTTPS requests go through a {@code CONNECT}
 * tunnel, plain HTTP requests are forwarded with an absolute request target. Optional basic
 * credentials go to the proxy only ({@code Proxy-Authorization}), never to the origin, and are
 * redacted from {@link #toString()} and every error message. Immutable; build one with
 * {@link #builder()}.
 *
 * <p>The proxy's host name comes from configuration and is resolved like any configured name.
 * The host of a request sent through the proxy is never resolved locally: the proxy is handed
 * the name. Matching a host against the no-proxy list is purely textual, never DNS.
 *
 * <pre>{@code
 * ProxyConfig proxy = ProxyConfig.builder()
 *         .host("proxy.internal").port(3128)
 *         .credentials("svc-user", System.getenv("PROXY_PASSWORD"))
 *         .noProxy("localhost", "127.0.0.1", ".corp.example")
 *         .build();
 * }</pre>
 */
public final class ProxyConfig {
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final List<String> noProxy;

    private ProxyConfig(Builder b) {
        this.host = checkHost(b.host);
        if (b.port < 1 || b.port > 65535) {
            throw new ConfigurationException("proxy port must be between 1 and 65535: " + b.port);
        }
        this.port = b.port;
        this.username = b.username;
        this.password = b.password;
        this.noProxy = List.copyOf(b.noProxy);
    }

    /**
     * A builder with nothing set; {@link Builder#host} and {@link Builder#port} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this configuration's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().host(host).port(port).noProxy(noProxy);
        if (username != null) {
            b.credentials(username, password);
        }
        return b;
    }

    /**
     * The proxy's host name or IP address, as configured (an IPv6 literal without brackets).
     *
     * @return the host, never empty
     */
    public String host() {
        return host;
    }

    /**
     * The proxy's port.
     *
     * @return a port between 1 and 65535
     */
    public int port() {
        return port;
    }

    /**
     * The user name for the proxy's basic authentication.
     *
     * @return the user name, or empty when the proxy needs no credentials
     */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The password for the proxy's basic authentication. Never put it in a log or message.
     *
     * @return the password, or empty when the proxy needs no credentials
     */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * The value of a {@code Proxy-Authorization} header carrying the credentials, for
     * transports that send it themselves.
     *
     * @return {@code Basic} and the base64 of {@code username:password} (UTF-8), or empty
     *     without credentials
     */
    public Optional<String> basicAuthorization() {
        if (username == null) {
            return Optional.empty();
        }
        byte[] pair = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair));
    }

    /**
     * The no-proxy list as configured, lower case.
     *
     * @return the entries, possibly empty, unmodifiable
     */
    public List<String> noProxy() {
        return noProxy;
    }

    /**
     * Whether a request to {@code requestHost} goes direct rather than through the proxy.
     * {@code *} matches every host; an IP literal matches itself; a name matches itself and
     * every name below it ({@code example.com}, {@code .example.com} and
     * {@code *.example.com} all match {@code example.com} and {@code api.example.com}). Case
     * and a trailing dot are ignored, IPv6 brackets too. Nothing is resolved.
     *
     * @param requestHost the host of a request's URI
     * @return true if the host is on the no-proxy list
     */
    public boolean bypasses(String requestHost) {
        if (requestHost == null) {
            return false;
        }
        String h = normalize(requestHost);
        for (String entry : noProxy) {
            String e = normalize(entry);
            if (e.equals("*") || h.equals(e) || (!isIpLiteral(e) && h.endsWith("." + e))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyConfig p && host.equals(p.host) && port == p.port && Objects.equals(username, p.username)
                && Objects.equals(password, p.password) && noProxy.equals(p.noProxy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username, password, noProxy);
    }

    /** Host, port and no-proxy list; credentials show only as {@code <redacted>}. */
    @Override
    public String toString() {
        return "ProxyConfig[host=" + host + ", port=" + port + ", credentials=" + (username == null ? "none" : "<redacted>")
                + ", noProxy=" + noProxy + "]";
    }

    /** Lower case, without IPv6 brackets, a trailing dot, or a leading {@code .} or {@code *.}. */
    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("*.")) {
            h = h.substring(2);
        } else if (h.startsWith(".")) {
            h = h.substring(1);
        }
        return h;
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    private static String checkHost(String host) {
        if (host == null || host.isEmpty()) {
            throw new ConfigurationException("proxy host must not be empty");
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.isEmpty() || !isHostText(h, h.indexOf(':') >= 0)) {
            throw new ConfigurationException("proxy host must be a host name or an IP address: \"" + host + "\"");
        }
        return h;
    }

    /** Letters, digits, {@code -} and {@code .} for a name; hex digits, {@code :} and {@code .} for IPv6. */
    private static boolean isHostText(String h, boolean ipv6) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            boolean ok = ipv6
                    ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Configures a {@link ProxyConfig}; not thread-safe. */
    public static final class Builder {
        private String host;
        private int port;
        private String username;
        private String password;
        private final List<String> noProxy = new ArrayList<>();

        private Builder() {}

        /**
         * The proxy's host name or IP address (an IPv6 literal with or without brackets).
         *
         * @param host from configuration, never from request data
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * The proxy's port.
         *
         * @param port between 1 and 65535
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Basic credentials for the proxy, sent preemptively in {@code Proxy-Authorization}.
         *
         * @param username visible ASCII, no colon (basic authentication cannot carry one)
         * @param password printable ASCII, spaces allowed, possibly empty
         * @return this builder
         * @throws ConfigurationException if either is missing or holds a character basic
         *     authentication cannot carry; the message names the position, never the value
         */
        public Builder credentials(String username, String password) {
            if (username == null || username.isEmpty()) {
                throw new ConfigurationException("proxy username must not be empty");
            }
            if (password == null) {
                throw new ConfigurationException("proxy password must not be null (use \"\" for none)");
            }
            checkPrintable("proxy username", username, false);
            checkPrintable("proxy password", password, true);
            this.username = username;
            this.password = password;
            return this;
        }

        /**
         * Adds hosts that are reached directly, never through the proxy; see
         * {@link ProxyConfig#bypasses(String)} for how they match.
         *
         * @param hosts host names, domains ({@code .example.com}), IP literals, or {@code *}
         * @return this builder
         * @throws ConfigurationException if an entry is empty or holds whitespace
         */
        public Builder noProxy(String... hosts) {
            return noProxy(List.of(hosts));
        }

        /**
         * Adds hosts that are reached directly; see {@link #noProxy(String...)}.
         *
         * @param hosts the entries
         * @return this builder
         * @throws ConfigurationException if an entry is null, empty or holds whitespace
         */
        public Builder noProxy(Collection<String> hosts) {
            for (String entry : hosts) {
                if (entry == null || entry.isEmpty()) {
                    throw new ConfigurationException("noProxy entries must not be empty: " + hosts);
                }
                for (int i = 0; i < entry.length(); i++) {
                    if (entry.charAt(i) <= 0x20 || entry.charAt(i) >= 0x7f) {
                        throw new ConfigurationException("noProxy entry \"" + entry.replaceAll("[^\\x21-\\x7e]", "?")
                                + "\" has whitespace or a non-ASCII character at index " + i);
                    }
                }
                noProxy.add(entry.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * The proxy configuration.
         *
         * @return a new immutable {@link ProxyConfig}
         * @throws ConfigurationException if the host is missing or not a host, or the port is
         *     out of range
         */
        public ProxyConfig build() {
            return new ProxyConfig(this);
        }

        private static void checkPrintable(String field, String value, boolean spaceAllowed) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean ok = c > 0x20 && c < 0x7f && !(c == ':' && !spaceAllowed) || (spaceAllowed && c == ' ');
                if (!ok) {
                    throw new ConfigurationException(field + " has a character basic authentication cannot carry at index "
                            + i + " of " + value.length() + " (value redacted)");
                }
            }
        }
    }
}
