package dev.cfregions.transport.netty;

import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Where a request goes: scheme, host and port. It is the key of the connection pool, so two
 * URIs that reach the same server share connections.
 *
 * @param tls whether the scheme is {@code https}
 * @param host the host name or IP literal, lower case, IPv6 without brackets
 * @param port the port, the scheme's default filled in
 */
record Origin(boolean tls, String host, int port) {

    static Origin of(URI uri) {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? defaultPort(tls) : uri.getPort();
        return new Origin(tls, host, port);
    }

    private static int defaultPort(boolean tls) {
        return tls ? 443 : 80;
    }

    /** Whether the host is an IP address rather than a name: no SNI is sent for those. */
    boolean isIpLiteral() {
        return NetUtil.isValidIpV4Address(host) || NetUtil.isValidIpV6Address(host);
    }

    private boolean isIpv6Literal() {
        return NetUtil.isValidIpV6Address(host);
    }

    /** The {@code Host} header: IPv6 literals in brackets, the port only when not the default. */
    String hostHeader() {
        String name = isIpv6Literal() ? "[" + host + "]" : host;
        return port == defaultPort(tls) ? name : name + ":" + port;
    }

    /**
     * The address to connect to, left unresolved: the bootstrap's resolver turns it into an IP
     * address on the event loop (IP literals are parsed, never looked up).
     */
    InetSocketAddress address() {
        return InetSocketAddress.createUnresolved(host, port);
    }

    /** {@code host:port} with the port always given, as {@code CONNECT} needs it. */
    String authority() {
        return (isIpv6Literal() ? "[" + host + "]" : host) + ":" + port;
    }

    /** For messages: {@code https://host:port}. Never includes a path or query. */
    @Override
    public String toString() {
        return (tls ? "https" : "http") + "://" + (isIpv6Literal() ? "[" + host + "]" : host) + ":" + port;
    }
}
