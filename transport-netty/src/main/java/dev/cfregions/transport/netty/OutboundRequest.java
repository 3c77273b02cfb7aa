package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.core.spi.TransportException;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.net.URI;
import java.util.Set;

/**
 * Turns an SPI request into the HTTP/1.1 request Netty writes. The request target is the URI's
 * raw path and raw query exactly as given (an IPv6 literal in a path segment, encoded or not,
 * goes out byte for byte); {@code Host} and {@code Content-Length} are computed here, since
 * they must match what is actually sent.
 */
final class OutboundRequest {
    /** Framing headers this class owns; a caller's copy could contradict the bytes on the wire. */
    private static final Set<String> COMPUTED = Set.of("host", "content-length", "transfer-encoding", "proxy-authorization");

    /** Methods whose servers expect a length even for an empty body. */
    private static final Set<String> BODY_EXPECTED = Set.of("POST", "PUT", "PATCH");

    private OutboundRequest() {}

    /**
     * @param forwardVia the proxy a plain http request is forwarded through (absolute target,
     *     its credentials in {@code Proxy-Authorization}), or null
     * @throws TransportException if a header value holds a character HTTP/1.1 cannot carry
     *     (the message names the header, never its value)
     */
    static FullHttpRequest toNetty(HttpRequest request, Origin origin, ProxyConfig forwardVia) {
        byte[] body = request.body();
        String target = forwardVia == null ? target(request.uri()) : "http://" + origin.hostHeader() + target(request.uri());
        FullHttpRequest out = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(request.method()),
                target, Unpooled.wrappedBuffer(body),
                DefaultHttpHeadersFactory.headersFactory(), DefaultHttpHeadersFactory.trailersFactory());
        HttpHeaders headers = out.headers();
        request.headers().forEach((name, value) -> {
            if (!COMPUTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                checkValue(name, value);
                try {
                    headers.add(name, value);
                } catch (IllegalArgumentException rejected) {
                    throw new TransportException("Header " + name + " was rejected by the HTTP encoder"
                            + " (the value is not shown: headers may hold credentials)");
                }
            }
        });
        headers.set(HttpHeaderNames.HOST, origin.hostHeader());
        if (forwardVia != null) {
            forwardVia.basicAuthorization().ifPresent(value -> headers.set(HttpHeaderNames.PROXY_AUTHORIZATION, value));
        }
        if (body.length > 0 || BODY_EXPECTED.contains(request.method())) {
            headers.set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        }
        if (!headers.contains(HttpHeaderNames.ACCEPT_ENCODING)) {
            headers.set(HttpHeaderNames.ACCEPT_ENCODING, HttpHeaderValues.GZIP);
        }
        return out;
    }

    /** Origin-form target: raw path (or "/") plus "?" and the raw query when there is one. */
    static String target(URI uri) {
        String path = uri.getRawPath();
        String target = path == null || path.isEmpty() ? "/" : path;
        String query = uri.getRawQuery();
        return query == null ? target : target + "?" + query;
    }

    /** RFC 9110 field values: visible characters, space, tab and obs-text; no controls, no line breaks. */
    private static void checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t') || c == 0x7f || c > 0xff) {
                throw new TransportException("Header " + name + " has a character HTTP/1.1 cannot carry at index " + i
                        + " (the value is not shown: headers may hold credentials)");
            }
        }
    }
}
