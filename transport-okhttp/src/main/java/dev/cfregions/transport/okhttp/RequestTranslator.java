package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.TransportException;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an SPI request into an OkHttp one, refusing with a {@link TransportException} whatever
 * OkHttp would send differently from what was asked: a path or query it would re-encode, a
 * header value that is not visible ASCII, a body on GET or HEAD. Messages name the header but
 * never show its value (it may be a credential).
 */
final class RequestTranslator {
    /** Methods OkHttp refuses without a body; an empty body is sent for them instead. */
    private static final Set<String> BODY_REQUIRED = Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT");
    private static final String ACCEPT_ENCODING = "Accept-Encoding";

    private RequestTranslator() {}

    static Request translate(HttpRequest request) {
        Headers.Builder headers = new Headers.Builder();
        boolean[] sawUserAgent = {false};
        request.headers().forEach((name, value) -> {
            checkValue(name, value);
            headers.add(name, value);
            sawUserAgent[0] |= name.equalsIgnoreCase("User-Agent");
        });
        if (headers.get(ACCEPT_ENCODING) == null) {
            // Asking ourselves turns off OkHttp's transparent gzip; BodyReader decodes both codings.
            headers.add(ACCEPT_ENCODING, "gzip, deflate");
        }
        Request.Builder builder = new Request.Builder()
                .url(exactUrl(request.uri()))
                .headers(headers.build())
                .tag(ExchangeState.class, new ExchangeState(sawUserAgent[0]));
        try {
            return builder.method(request.method(), body(request)).build();
        } catch (IllegalArgumentException e) {
            throw new TransportException("OkHttp cannot send this request: " + e.getMessage());
        }
    }

    private static RequestBody body(HttpRequest request) {
        if (request.hasBody()) {
            // No media type: the caller's Content-Type header is sent exactly as given.
            return RequestBody.create(request.body(), null);
        }
        return BODY_REQUIRED.contains(request.method()) ? RequestBody.create(new byte[0], null) : null;
    }

    /** The URL OkHttp will put on the wire, checked to carry the URI's raw path and query unchanged. */
    private static HttpUrl exactUrl(URI uri) {
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new TransportException("OkHttp cannot parse the request URI: " + uri);
        }
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!url.encodedPath().equals(rawPath) || !Objects.equals(url.encodedQuery(), uri.getRawQuery())) {
            throw new TransportException("OkHttp would re-encode the path or query of " + uri
                    + " (it would send " + url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery())
                    + "); refusing rather than sending something else");
        }
        return url;
    }

    /** OkHttp's own rule (tab or visible ASCII), checked here so the message never shows the value. */
    private static void checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                throw new TransportException(String.format(
                        "Header %s has an illegal character 0x%02x at index %d of its value (value not shown)", name, (int) c, i));
            }
        }
    }
}
