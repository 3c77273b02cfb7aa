package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.ProxyConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends through the configured HTTP proxy: a {@link ProxySelector} that picks it for every
 * host off the no-proxy list, and its basic credentials sent preemptively, to the proxy only.
 * OkHttp tunnels https with {@code CONNECT} (the credentials go on that request, through the
 * proxy authenticator OkHttp consults before the first attempt) and forwards plain http with
 * an absolute target (the credentials go on the request itself, added once the connection is
 * known to be the proxy's). The proxy's name is resolved by OkHttp; a request's host never is.
 */
final class ProxySetup {
    private static final String PROXY_AUTHORIZATION = "Proxy-Authorization";

    private ProxySetup() {}

    static void apply(OkHttpClient.Builder b, ProxyConfig proxy) {
        Proxy http = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
        b.proxySelector(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(proxy.bypasses(uri.getHost()) ? Proxy.NO_PROXY : http);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                // nothing to remember: there is one proxy
            }
        });
        proxy.basicAuthorization().ifPresent(credentials -> {
            b.proxyAuthenticator(tunnelCredentials(credentials));
            b.addNetworkInterceptor(forwardedCredentials(credentials));
        });
    }

    /** For {@code CONNECT}: once, preemptively; a proxy that still answers 407 refused them, and the call fails. */
    private static Authenticator tunnelCredentials(String credentials) {
        return (route, response) -> response.request().header(PROXY_AUTHORIZATION) != null ? null
                : response.request().newBuilder().header(PROXY_AUTHORIZATION, credentials).build();
    }

    /** For plain http sent to the proxy: never on a tunnelled request, which the origin would read. */
    private static Interceptor forwardedCredentials(String credentials) {
        return chain -> {
            Request request = chain.request();
            boolean toProxy = chain.connection() != null && chain.connection().route().proxy().type() == Proxy.Type.HTTP
                    && !request.isHttps();
            Response response = chain.proceed(toProxy ? request.newBuilder().header(PROXY_AUTHORIZATION, credentials).build() : request);
            return response;
        };
    }
}
