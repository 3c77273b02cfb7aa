package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.TransportException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;

/**
 * Turns an SPI request into what the Apache async client sends. The request target is the
 * URI's raw path and query exactly as given: an IPv6 literal such as {@code 2001:db8::1} or
 * {@code 2001%3Adb8%3A%3A1} in a path segment must reach the server byte for byte.
 */
final class RequestProducers {
    /** Framing headers the client computes from the body itself; a caller's copy would clash. */
    private static final Set<String> FRAMING_HEADERS = Set.of("content-length", "transfer-encoding");

    /** Methods whose empty body is still announced with {@code Content-Length: 0}. */
    private static final Set<String> METHODS_WITH_PAYLOAD = Set.of("POST", "PUT", "PATCH");

    private RequestProducers() {}

    /**
     * The producer for {@code request}.
     *
     * @throws TransportException if a header value holds a control character (such as the
     *     trailing newline of a pasted token): sending it would split the header, and the value
     *     is left out of the message because it may be a credential
     */
    static AsyncRequestProducer of(HttpRequest request) {
        URI uri = request.uri();
        BasicHttpRequest message = new BasicHttpRequest(request.method(), HttpHost.create(uri), requestTarget(uri));
        request.headers().forEach((name, value) -> {
            if (FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                return;
            }
            checkValue(name, value);
            message.addHeader(name, value);
        });
        if (!message.containsHeader("Accept-Encoding")) {
            message.addHeader("Accept-Encoding", "gzip, deflate");
        }
        return new OneShotRequestProducer(message, entity(request));
    }

    /**
     * Never repeatable: HttpClient then never sends a request with a body a second time on
     * its own (its retry step checks this), even from a lent client built with retries on.
     * Core owns the one retry loop.
     */
    private static final class OneShotRequestProducer extends BasicRequestProducer {
        OneShotRequestProducer(BasicHttpRequest message, AsyncEntityProducer entity) {
            super(message, entity);
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }
    }

    private static AsyncEntityProducer entity(HttpRequest request) {
        if (request.hasBody() || METHODS_WITH_PAYLOAD.contains(request.method())) {
            // no content type here: the caller's Content-Type header is sent as given
            return new BasicAsyncEntityProducer(request.body(), null);
        }
        return null;
    }

    /** Raw path (or "/") plus raw query: never decoded, never re-encoded. */
    static String requestTarget(URI uri) {
        String path = uri.getRawPath();
        StringBuilder target = new StringBuilder(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            target.append('?').append(uri.getRawQuery());
        }
        return target.toString();
    }

    private static void checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new TransportException("Value of header " + name + " has a control character at index " + i
                        + "; the value is not shown because it may be a credential");
            }
        }
    }
}
