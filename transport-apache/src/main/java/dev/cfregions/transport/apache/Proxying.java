package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.TransportConfig;
import java.net.URI;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;

/**
 * The configured HTTP proxy, set per request, so a lent client goes through it too (any client
 * whose route planner is HttpClient's own honours a request's proxy): HttpClient tunnels https
 * with {@code CONNECT} and forwards plain http with an absolute target. Basic credentials are
 * put in the request's context as an already chosen scheme, so the first {@code CONNECT} or
 * forwarded request carries them, to the proxy only. The request's host is handed to the
 * proxy, never resolved here.
 */
final class Proxying {
    private Proxying() {}

    /** Sets the proxy on {@code config} when {@code uri}'s host is to go through one. */
    @SuppressWarnings("deprecation") // per-request proxies are the one way that also reaches a lent client
    static RequestConfig.Builder applyTo(RequestConfig.Builder config, TransportConfig transport, URI uri) {
        if (transport.proxies(uri.getHost())) {
            config.setProxy(host(transport.proxy()));
        }
        return config;
    }

    /** Credentials for the proxy, sent with the first request to it instead of after a 407. */
    static void sendCredentialsPreemptively(HttpClientContext context, TransportConfig transport, URI uri) {
        ProxyConfig proxy = transport.proxy();
        if (!transport.proxies(uri.getHost()) || proxy.username().isEmpty()) {
            return;
        }
        BasicScheme basic = new BasicScheme();
        basic.initPreemptive(new UsernamePasswordCredentials(proxy.username().get(), proxy.password().orElse("").toCharArray()));
        context.resetAuthExchange(host(proxy), basic);
    }

    private static HttpHost host(ProxyConfig proxy) {
        return new HttpHost("http", proxy.host(), proxy.port());
    }
}
