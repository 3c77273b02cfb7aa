package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes a response as HTTP/1.1 bytes: status line, the handler's headers, framing headers (and a Date unless given), body. */
final class HttpResponseEncoder {
    /** Sent before the body of a request that said {@code Expect: 100-continue}. */
    static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** How many bytes a truncated body promises beyond what it sends. */
    static final int TRUNCATION_SHORTFALL = 16;

    /** Framing is the server's business: a handler's own values for these are not sent. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

    /** RFC 9110 IMF-fixdate; the JDK's RFC_1123_DATE_TIME drops the day's leading zero. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"), Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

    private HttpResponseEncoder() {}

    /**
     * The response's bytes: {@link #head} then {@link #body}.
     *
     * @param omitBody true for a HEAD request: the headers describe the body, which is not sent
     * @param close whether the server closes the connection after this response
     * @param truncated send half the body while promising {@value #TRUNCATION_SHORTFALL} bytes more than all of it
     */
    static byte[] encode(HttpResponse response, boolean omitBody, boolean close, boolean truncated) {
        byte[] head = head(response, close, truncated);
        byte[] body = body(response, omitBody, truncated);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** The status line and header fields, through the blank line that ends them. */
    static byte[] head(HttpResponse response, boolean close, boolean truncated) {
        int status = response.status();
        StringBuilder head = new StringBuilder(256)
                .append("HTTP/1.1 ").append(status).append(' ').append(REASONS.getOrDefault(status, "Status")).append("\r\n");
        response.headers().forEach((name, value) -> {
            if (!FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        if (response.headers().firstValue("Date").isEmpty()) {
            // a custom-response fault may bring its own Date, sent as given
            head.append("Date: ").append(IMF_FIXDATE.format(Instant.now())).append("\r\n");
        }
        if (!bodyless(status)) {
            head.append("Content-Length: ").append(response.body().length + (truncated ? TRUNCATION_SHORTFALL : 0)).append("\r\n");
        }
        if (close) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body bytes that follow the head: none for HEAD, 1xx, 204 and 304; half of them when truncated. */
    static byte[] body(HttpResponse response, boolean omitBody, boolean truncated) {
        if (omitBody || bodyless(response.status())) {
            return new byte[0];
        }
        byte[] body = response.body();
        return truncated ? java.util.Arrays.copyOf(body, body.length / 2) : body;
    }

    private static boolean bodyless(int status) {
        return status == 204 || status == 304 || status < 200;
    }
}
