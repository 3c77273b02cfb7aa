package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads HTTP/1.1 requests (RFC 9112) from the bytes of one connection, as they arrive: request
 * line, header fields, then a {@code Content-Length} or chunked body. The request target is
 * kept as sent, not parsed as a URI, so a target such as {@code /x/fe80::1%eth0} reaches the
 * router (which answers it 400/1146) instead of failing here. Sizes are capped by
 * {@link HttpLimits}; the parser holds only the bytes received so far, so a stalled client costs
 * what it sent. Not thread-safe: one connection, one thread at a time.
 */
final class HttpRequestParser {
    /** Compiled once: {@code String.split} and {@code matches} compiled these for every request. */
    private static final Pattern LINE_END = Pattern.compile("\r?\n");
    private static final Pattern VERSION = Pattern.compile("HTTP/\\d\\.\\d");
    /** A complete request and how to treat the connection after it. */
    record Parsed(IncomingRequest request, boolean keepAlive) {}

    /** The request cannot be read; answer {@code status} with {@code message}, then close. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private enum State { HEAD, FIXED_BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS }

    private static final int MAX_CHUNK_LINE = 1024;

    private final HttpLimits limits;
    /** Unconsumed input: {@code buf[0, end)}. */
    private byte[] buf = new byte[0];
    private int end;
    /** Where the search for the end of the head resumes. */
    private int scanned;

    private State state = State.HEAD;
    private String method;
    private String target;
    private HttpHeaders headers;
    private boolean keepAlive;
    private boolean expectContinue;
    private long remaining;
    private byte[] body;
    private int bodyLength;

    HttpRequestParser(HttpLimits limits) {
        this.limits = limits;
    }

    /** Appends everything left in {@code src}. */
    void feed(ByteBuffer src) {
        int n = src.remaining();
        if (end + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end + n, Math.min(buf.length * 2, end + n + 64 * 1024)));
        }
        src.get(buf, end, n);
        end += n;
    }

    /** Whether no byte of a next request has arrived (the connection is idle between requests). */
    boolean idle() {
        return state == State.HEAD && end == 0;
    }

    /**
     * True once after the head of a request that asked for {@code Expect: 100-continue} and has a
     * body still to come: the caller then sends the interim 100 response.
     */
    boolean takeExpectContinue() {
        boolean e = expectContinue && state != State.HEAD;
        if (e) {
            expectContinue = false;
        }
        return e;
    }

    /** The next complete request, or null when more bytes are needed. */
    Parsed next() throws BadRequest {
        while (true) {
            switch (state) {
                case HEAD:
                    if (!readHead()) {
                        return null;
                    }
                    break;
                case FIXED_BODY: {
                    int n = (int) Math.min(remaining, end);
                    append(0, n);
                    consume(n);
                    remaining -= n;
                    if (remaining > 0) {
                        return null;
                    }
                    return finish();
                }
                case CHUNK_SIZE:
                    if (!readChunkSize()) {
                        return null;
                    }
                    break;
                case CHUNK_DATA: {
                    int n = (int) Math.min(remaining, end);
                    append(0, n);
                    consume(n);
                    remaining -= n;
                    if (remaining > 0) {
                        return null;
                    }
                    state = State.CHUNK_END;
                    break;
                }
                case CHUNK_END: {
                    int eol = lineEnd(0, 2);
                    if (eol < 0) {
                        return null;
                    }
                    if (eol != 0) {
                        throw new BadRequest(400, "A chunk's data must end with CRLF");
                    }
                    consumeLine(0);
                    state = State.CHUNK_SIZE;
                    break;
                }
                case TRAILERS: {
                    // trailer fields are read and dropped: nothing in this API uses them
                    int eol = lineEnd(0, limits.maxHeaderBytes());
                    if (eol < 0) {
                        return null;
                    }
                    consumeLine(0);
                    if (eol == 0) {
                        return finish();
                    }
                    break;
                }
                default:
                    throw new IllegalStateException(state.toString());
            }
        }
    }

    // ---- the head ----

    private boolean readHead() throws BadRequest {
        // RFC 9112 §2.2: ignore empty lines before the request line
        while (end > 0 && (buf[0] == '\n' || buf[0] == '\r')) {
            if (buf[0] == '\r' && end < 2) {
                return false;
            }
            if (buf[0] == '\r' && buf[1] != '\n') {
                break;
            }
            consume(buf[0] == '\r' ? 2 : 1);
            scanned = 0;
        }
        int headEnd = findHeadEnd();
        if (headEnd < 0) {
            if (end > limits.maxHeaderBytes()) {
                throw new BadRequest(431, "Request line and headers exceed " + limits.maxHeaderBytes() + " bytes");
            }
            return false;
        }
        if (headEnd > limits.maxHeaderBytes()) {
            throw new BadRequest(431, "Request line and headers exceed " + limits.maxHeaderBytes() + " bytes");
        }
        String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
        consume(headEnd);
        scanned = 0;
        parseHead(head);
        return true;
    }

    /** The index just past the blank line ending the head, or -1. */
    private int findHeadEnd() {
        for (int i = Math.max(scanned, 1); i < end; i++) {
            if (buf[i] == '\n') {
                if (buf[i - 1] == '\n') {
                    return i + 1;
                }
                if (buf[i - 1] == '\r' && i >= 2 && buf[i - 2] == '\n') {
                    return i + 1;
                }
            }
        }
        scanned = Math.max(1, end);
        return -1;
    }

    private void parseHead(String head) throws BadRequest {
        String[] lines = LINE_END.split(head);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty()) {
            throw new BadRequest(400, "Malformed request line; want METHOD SP request-target SP HTTP/1.1");
        }
        method = requestLine[0];
        if (!isToken(method)) {
            throw new BadRequest(400, "Malformed method in the request line");
        }
        target = requestLine[1];
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new BadRequest(400, "Control character in the request target");
            }
        }
        String version = requestLine[2];
        if (!VERSION.matcher(version).matches()) {
            throw new BadRequest(400, "Malformed HTTP version in the request line");
        }
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new BadRequest(505, "Only HTTP/1.1 and HTTP/1.0 are served, not " + version);
        }
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new BadRequest(400, "Folded header lines (obs-fold) are not accepted");
            }
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                throw new BadRequest(400, "Malformed header line " + (i + 1));
            }
            b.add(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        headers = b.build();
        boolean http10 = version.equals("HTTP/1.0");
        keepAlive = http10 ? hasToken("Connection", "keep-alive") : !hasToken("Connection", "close");
        expectContinue = !http10 && headers.firstValue("Expect").map(v -> v.equalsIgnoreCase("100-continue")).orElse(false);
        body = null;
        bodyLength = 0;
        framing();
    }

    private void framing() throws BadRequest {
        List<String> te = headers.allValues("Transfer-Encoding");
        List<String> cl = headers.allValues("Content-Length");
        if (!te.isEmpty()) {
            if (!cl.isEmpty()) {
                throw new BadRequest(400, "A request may have Transfer-Encoding or Content-Length, not both");
            }
            String codings = String.join(",", te).toLowerCase(Locale.ROOT).replace(" ", "");
            if (!codings.equals("chunked")) {
                throw new BadRequest(501, "Transfer-Encoding " + codings + " is not supported; send chunked or Content-Length");
            }
            state = State.CHUNK_SIZE;
            return;
        }
        long length = 0;
        for (String v : String.join(",", cl).split(",")) {
            if (cl.isEmpty()) {
                break;
            }
            String t = v.strip();
            if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new BadRequest(400, "Content-Length must be a decimal number of bytes");
            }
            long n = Long.parseLong(t);
            if (length != 0 && n != length) {
                throw new BadRequest(400, "Conflicting Content-Length values");
            }
            length = n;
        }
        if (length > limits.maxBodyBytes()) {
            throw new BadRequest(413, "Request body too large: " + length + " bytes, at most " + limits.maxBodyBytes());
        }
        remaining = length;
        state = State.FIXED_BODY;
        if (length == 0) {
            expectContinue = false;
        }
    }

    // ---- chunks ----

    private boolean readChunkSize() throws BadRequest {
        int eol = lineEnd(0, MAX_CHUNK_LINE);
        if (eol < 0) {
            return false;
        }
        String line = new String(buf, 0, eol, StandardCharsets.ISO_8859_1);
        consumeLine(eol);
        int semi = line.indexOf(';');
        String hex = (semi < 0 ? line : line.substring(0, semi)).strip();
        if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new BadRequest(400, "Malformed chunk size");
        }
        long size = Long.parseLong(hex, 16);
        if (bodyLength + size > limits.maxBodyBytes()) {
            throw new BadRequest(413, "Request body too large: more than " + limits.maxBodyBytes() + " bytes");
        }
        remaining = size;
        state = size == 0 ? State.TRAILERS : State.CHUNK_DATA;
        return true;
    }

    // ---- buffer handling ----

    /**
     * The index of the line break ending the line that starts at {@code from} (of "\r\n" or a
     * bare "\n"), or -1 when none arrived yet; a line longer than {@code max} is an error.
     */
    private int lineEnd(int from, int max) throws BadRequest {
        for (int i = from; i < end; i++) {
            if (buf[i] == '\n') {
                return i > from && buf[i - 1] == '\r' ? i - 1 : i;
            }
            if (i - from > max) {
                throw new BadRequest(400, "Line too long in the chunked body");
            }
        }
        return -1;
    }

    /** Drops the line whose break starts at {@code eol}. */
    private void consumeLine(int eol) {
        consume(buf[eol] == '\r' ? eol + 2 : eol + 1);
    }

    private void consume(int n) {
        System.arraycopy(buf, n, buf, 0, end - n);
        end -= n;
        if (buf.length > 64 * 1024 && end < buf.length / 4) {
            buf = Arrays.copyOf(buf, Math.max(end, 4096)); // give back what a large body used
        }
    }

    private void append(int from, int n) {
        if (n == 0) {
            return;
        }
        if (body == null) {
            body = new byte[Math.max(n, (int) Math.min(remaining, 64 * 1024))];
        } else if (bodyLength + n > body.length) {
            body = Arrays.copyOf(body, Math.max(bodyLength + n, Math.min(body.length * 2, limits.maxBodyBytes())));
        }
        System.arraycopy(buf, from, body, bodyLength, n);
        bodyLength += n;
    }

    private Parsed finish() {
        byte[] bytes = body == null ? new byte[0] : body.length == bodyLength ? body : Arrays.copyOf(body, bodyLength);
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? null : target.substring(q + 1);
        Parsed p = new Parsed(new IncomingRequest(method, originForm(path), query, headers, bytes), keepAlive);
        state = State.HEAD;
        body = null;
        bodyLength = 0;
        expectContinue = false;
        return p;
    }

    /** The path of an absolute-form target ({@code http://host/path}), as a proxy would send it. */
    private static String originForm(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int slash = path.indexOf('/', lower.indexOf("//") + 2);
            return slash < 0 ? "/" : path.substring(slash);
        }
        return path;
    }

    private boolean hasToken(String header, String token) {
        for (String v : headers.allValues(header)) {
            for (String t : v.split(",")) {
                if (t.strip().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
