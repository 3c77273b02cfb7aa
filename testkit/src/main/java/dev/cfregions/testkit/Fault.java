package dev.cfregions.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * What an injected fault does to one request: a small closed set of effects, in the manner of
 * MockWebServer's {@code SocketEffect}. Schedule them with {@link Faults}; the decision is
 * made before the fake handles the request.
 *
 * <table>
 *   <caption>Effects and whether the request still reaches the fake's state</caption>
 *   <tr><th>Effect</th><th>Handler runs?</th><th>In-process face</th><th>Loopback face</th></tr>
 *   <tr><td>{@link ErrorResponse}</td><td>no</td><td>that status and envelope</td><td>same</td></tr>
 *   <tr><td>{@link Delay}</td><td>yes, at once</td><td>answer after the delay, or
 *       {@code TransportTimeoutException} when the delay exceeds the request timeout</td><td>answer after the delay</td></tr>
 *   <tr><td>{@link DropConnection}</td><td>no</td><td>{@code TransportException}</td><td>socket closed, no response</td></tr>
 *   <tr><td>{@link ThrottledBody}</td><td>yes, at once</td><td>the answer once its body would have arrived at
 *       that rate, or {@code TransportTimeoutException} when that exceeds the request timeout</td><td>the headers at
 *       once, the body in timed chunks at that rate</td></tr>
 *   <tr><td>{@link TruncatedBody}</td><td>yes</td><td>{@code TransportException}</td><td>Content-Length larger than the bytes sent, then close</td></tr>
 *   <tr><td>{@link NonJsonBody}</td><td>no</td><td colspan="2">a {@code text/plain} body that is not JSON</td></tr>
 *   <tr><td>{@link HtmlErrorPage}</td><td>no</td><td colspan="2">a Cloudflare-style {@code text/html} error page</td></tr>
 *   <tr><td>{@link CustomResponse}</td><td>no</td><td colspan="2">that status, those headers and that body,
 *       verbatim (e.g. a 200 whose envelope says {@code "success": false})</td></tr>
 *   <tr><td>{@link ApplyThenFail}</td><td>yes, its changes land</td><td colspan="2">its {@code answer} (an error
 *       envelope, a dropped connection, ...) instead of the real response</td></tr>
 * </table>
 *
 * <p>A scripted fault is consumed by every request that matches it, retries included: a client
 * that retries uses up one fault per attempt.
 */
public sealed interface Fault
        permits Fault.ErrorResponse, Fault.Delay, Fault.DropConnection, Fault.TruncatedBody,
                Fault.NonJsonBody, Fault.HtmlErrorPage, Fault.CustomResponse, Fault.ApplyThenFail, Fault.ThrottledBody {

    /**
     * Answer with a Cloudflare failure envelope instead of handling the request.
     *
     * @param status the HTTP status, 400-599
     * @param code the error code in {@code errors[0]}
     * @param message the error message
     * @param headers extra response headers, e.g. {@code Retry-After}, {@code retry-after-ms}, {@code x-should-retry}
     */
    record ErrorResponse(int status, int code, String message, Map<String, String> headers) implements Fault {
        /**
         * Checks the status range; copies the headers.
         *
         * @param status the HTTP status, 400 to 599
         * @param code the Cloudflare error code in the envelope
         * @param message the error message in the envelope
         * @param headers response headers to add
         */
        public ErrorResponse {
            requireStatus("Fault status", status, 400);
            if (message == null) {
                throw new IllegalArgumentException("ErrorResponse message must not be null");
            }
            headers = checkedHeaders("ErrorResponse", headers);
        }
    }

    /**
     * Handle the request at once (its changes land) but hold the answer back.
     *
     * @param delay how long to hold the answer; positive
     */
    record Delay(Duration delay) implements Fault {
        /**
         * Checks that the delay is positive.
         *
         * @param delay how long to hold the answer, positive
         */
        public Delay {
            if (delay == null || delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("Fault delay must be positive, got " + delay);
            }
        }
    }

    /**
     * Handle the request at once (its changes land) and send the real answer slowly: its body
     * at {@code bytesPerSecond}, as over a slow link. On the loopback server the status line and
     * headers go at once and the body follows in timed chunks (about one every 10 ms, at least
     * one byte each), written by the server's selector thread, so no thread waits per
     * connection; in-process the answer completes when the whole body would have arrived
     * ({@code body bytes / bytesPerSecond}), or fails with {@code TransportTimeoutException} at
     * the request timeout if that is later, as a {@link Delay} does.
     *
     * @param bytesPerSecond the body's rate, positive
     */
    record ThrottledBody(long bytesPerSecond) implements Fault {
        /**
         * Checks that the rate is positive.
         *
         * @param bytesPerSecond the body's rate in bytes per second, positive
         * @throws IllegalArgumentException when the rate is zero or negative
         */
        public ThrottledBody {
            if (bytesPerSecond <= 0) {
                throw new IllegalArgumentException("ThrottledBody bytesPerSecond must be positive, got " + bytesPerSecond);
            }
        }
    }

    /**
     * See {@link ThrottledBody}: the real answer, its body at this rate.
     *
     * @param bytesPerSecond the body's rate in bytes per second, positive
     * @return the fault
     * @throws IllegalArgumentException when the rate is zero or negative
     */
    static Fault throttledBody(long bytesPerSecond) {
        return new ThrottledBody(bytesPerSecond);
    }

    /** Close the connection without any response; the request is not handled. */
    record DropConnection() implements Fault {}

    /** Handle the request, then send only part of the body its Content-Length promises. */
    record TruncatedBody() implements Fault {}

    /**
     * Answer with a body that is not JSON, without handling the request.
     *
     * @param status the HTTP status, e.g. 200 to test a client that trusts 2xx
     */
    record NonJsonBody(int status) implements Fault {
        /**
         * Checks the status range.
         *
         * @param status the HTTP status, 200 to 599
         * @throws IllegalArgumentException when the status is outside that range
         */
        public NonJsonBody {
            requireStatus("NonJsonBody status", status, 200);
        }
    }

    /**
     * Answer with an HTML error page, as Cloudflare's edge does for 5xx (and some 4xx)
     * before the API is reached; the request is not handled.
     *
     * @param status the HTTP status, e.g. 502
     */
    record HtmlErrorPage(int status) implements Fault {
        /**
         * Checks the status range.
         *
         * @param status the HTTP status, 400 to 599
         * @throws IllegalArgumentException when the status is outside that range
         */
        public HtmlErrorPage {
            requireStatus("HtmlErrorPage status", status, 400);
        }
    }

    /**
     * Answer with exactly this response instead of handling the request: any final status, the
     * given headers and body bytes, verbatim. The loopback server adds only the framing it owns
     * ({@code Content-Length}, {@code Connection}, and {@code Date} unless given here); the
     * in-process face adds nothing, so give a {@code Content-Type} if the client needs one.
     *
     * @param status the HTTP status, 200 to 599 (a 1xx is not a final answer: a client would wait for another)
     * @param headers the response headers, in order; not {@code Content-Length},
     *     {@code Transfer-Encoding} or {@code Connection}, which frame the body on the wire
     * @param body the body bytes; empty for 204 and 304, which have none
     */
    record CustomResponse(int status, Map<String, String> headers, byte[] body) implements Fault {
        /**
         * Checks the status, the headers and the body; copies the headers and the body.
         *
         * @param status the HTTP status, 200 to 599
         * @param headers the response headers
         * @param body the body bytes
         * @throws IllegalArgumentException when the status is out of range, a header name or value
         *     could not be sent (a control character, a line break, a framing header), or a 204 or
         *     304 has a body
         */
        public CustomResponse {
            requireStatus("CustomResponse status", status, 200);
            headers = checkedHeaders("CustomResponse", headers);
            for (String name : headers.keySet()) {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (lower.equals("content-length") || lower.equals("transfer-encoding") || lower.equals("connection")) {
                    throw new IllegalArgumentException("CustomResponse header " + name + " frames the body on the wire and is "
                            + "set by the fake's server; leave it out");
                }
            }
            if (body == null) {
                throw new IllegalArgumentException("CustomResponse body must not be null (give an empty array for none)");
            }
            if ((status == 204 || status == 304) && body.length > 0) {
                throw new IllegalArgumentException("CustomResponse status " + status + " has no body, got " + body.length + " bytes");
            }
            body = body.clone();
        }

        /** {@return a copy of the body bytes} */
        @Override
        public byte[] body() {
            return body.clone();
        }

        /** {@return whether {@code o} is a custom response with the same status, headers and body bytes} */
        @Override
        public boolean equals(Object o) {
            return o instanceof CustomResponse c && c.status == status && c.headers.equals(headers) && Arrays.equals(c.body, body);
        }

        /** {@return a hash of the status, headers and body bytes} */
        @Override
        public int hashCode() {
            return (31 * status + headers.hashCode()) * 31 + Arrays.hashCode(body);
        }

        /** {@return the status, headers and body size} */
        @Override
        public String toString() {
            return "CustomResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
        }
    }

    /**
     * See {@link CustomResponse}: this status, headers and body bytes, verbatim.
     *
     * @param status the HTTP status, 200 to 599
     * @param headers the response headers, in order
     * @param body the body bytes
     * @return the fault
     * @throws IllegalArgumentException when a parameter could not be sent as given
     */
    static Fault response(int status, Map<String, String> headers, byte[] body) {
        return new CustomResponse(status, headers, body);
    }

    /**
     * See {@link CustomResponse}: this status, headers and body text, encoded as UTF-8.
     *
     * @param status the HTTP status, 200 to 599
     * @param headers the response headers, in order
     * @param body the body text
     * @return the fault
     * @throws IllegalArgumentException when a parameter could not be sent as given
     */
    static Fault response(int status, Map<String, String> headers, String body) {
        if (body == null) {
            throw new IllegalArgumentException("CustomResponse body must not be null (give \"\" for none)");
        }
        return new CustomResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * See {@link CustomResponse}: this JSON text with {@code Content-Type: application/json}, e.g.
     * {@code Fault.jsonResponse(200, "{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"x\"}],\"messages\":[],\"result\":null}")}.
     * The text is sent as given, not checked to be JSON.
     *
     * @param status the HTTP status, 200 to 599
     * @param json the body text, encoded as UTF-8
     * @return the fault
     * @throws IllegalArgumentException when the status is out of range or the body is null
     */
    static Fault jsonResponse(int status, String json) {
        return response(status, Map.of("Content-Type", "application/json"), json);
    }

    /**
     * Handle the request, so its changes land as on a server that committed the write, then
     * answer with {@code answer} instead of the real response: the client cannot tell the write
     * happened. A retried v1 create then meets 400/1145 (already exists), a retried v2 upsert
     * succeeds, a retried delete finds nothing; reconciliation code must converge anyway.
     *
     * @param answer what the client gets in place of the real answer: an {@link ErrorResponse},
     *     {@link DropConnection}, {@link NonJsonBody}, {@link HtmlErrorPage} or {@link CustomResponse}
     *     (the faults that answer without the handler)
     */
    record ApplyThenFail(Fault answer) implements Fault {
        /**
         * Checks that {@code answer} is a fault that answers in the handler's place.
         *
         * @param answer the replacement answer
         * @throws IllegalArgumentException when {@code answer} is null or itself runs the handler
         *     (a {@link Delay}, {@link ThrottledBody}, {@link TruncatedBody} or another {@link ApplyThenFail})
         */
        public ApplyThenFail {
            if (!(answer instanceof ErrorResponse || answer instanceof DropConnection || answer instanceof NonJsonBody
                    || answer instanceof HtmlErrorPage || answer instanceof CustomResponse)) {
                throw new IllegalArgumentException("ApplyThenFail answer must be a fault that answers instead of the handler "
                        + "(ErrorResponse, DropConnection, NonJsonBody, HtmlErrorPage or CustomResponse), got " + answer);
            }
        }
    }

    /**
     * See {@link ApplyThenFail}: the handler runs and its changes land, then the client gets
     * {@code answer}, e.g. {@code Fault.applyThenFail(Fault.status(503))} or
     * {@code Fault.applyThenFail(Fault.dropConnection())}.
     *
     * @param answer what the client gets instead of the real answer
     * @return the fault
     * @throws IllegalArgumentException when {@code answer} runs the handler itself
     */
    static Fault applyThenFail(Fault answer) {
        return new ApplyThenFail(answer);
    }

    /**
     * 429 with {@code Retry-After} in whole seconds (rounded up) and the 971 envelope.
     *
     * @param retryAfter the wait to announce
     * @return the fault
     */
    static Fault rateLimited(Duration retryAfter) {
        long seconds = Math.max(0, (retryAfter.toMillis() + 999) / 1000);
        return new ErrorResponse(429, 971, "Please wait and consider throttling your request speed",
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /**
     * {@return a failure envelope with a generic code for the status (971 for 429, 1000 otherwise)}
     *
     * @param status the HTTP status, 400 to 599
     */
    static Fault status(int status) {
        return status(status, Map.of());
    }

    /**
     * {@return a failure envelope with a generic code for the status, plus response headers}
     *
     * @param status the HTTP status, 400 to 599
     * @param headers response headers to add
     */
    static Fault status(int status, Map<String, String> headers) {
        if (status == 429) {
            return new ErrorResponse(429, 971, "Please wait and consider throttling your request speed", headers);
        }
        String message = status >= 500 ? "Internal server error (injected by the fake)" : "Request failed (injected by the fake)";
        return new ErrorResponse(status, 1000, message, headers);
    }

    /**
     * {@return a failure envelope with this code and message, e.g. 500 / 1140 for the v1 batch edit}
     *
     * @param status the HTTP status, 400 to 599
     * @param code the Cloudflare error code in the envelope
     * @param message the error message in the envelope
     */
    static Fault error(int status, int code, String message) {
        return new ErrorResponse(status, code, message, Map.of());
    }

    /**
     * See {@link Delay}.
     *
     * @param delay how long to hold the answer, positive
     * @return the fault
     */
    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    /**
     * See {@link DropConnection}.
     *
     * @return the fault
     */
    static Fault dropConnection() {
        return new DropConnection();
    }

    /**
     * See {@link TruncatedBody}.
     *
     * @return the fault
     */
    static Fault truncatedBody() {
        return new TruncatedBody();
    }

    /** {@return a 200 whose body is not JSON} */
    static Fault nonJsonBody() {
        return new NonJsonBody(200);
    }

    /**
     * See {@link HtmlErrorPage}.
     *
     * @param status the HTTP status, 400 to 599
     * @return the fault
     */
    static Fault htmlErrorPage(int status) {
        return new HtmlErrorPage(status);
    }

    /**
     * An ordered, unmodifiable copy of {@code headers}, refusing what could not be sent as one
     * header line: an empty name or one with a character outside RFC 9110's token, a value with
     * a control character other than tab (a line break would start a new header), or one
     * outside Latin-1.
     */
    private static Map<String, String> checkedHeaders(String what, Map<String, String> headers) {
        if (headers == null) {
            throw new IllegalArgumentException(what + " headers must not be null (give Map.of() for none)");
        }
        java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (name == null || name.isEmpty() || !name.chars().allMatch(Fault::isTokenChar)) {
                throw new IllegalArgumentException(what + " header name must be an HTTP token, got \"" + name + "\"");
            }
            if (value == null) {
                throw new IllegalArgumentException(what + " header " + name + " must have a value, got null");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                    throw new IllegalArgumentException(what + " header " + name + " has a character that cannot be sent (U+"
                            + String.format("%04X", (int) c) + ") at index " + i);
                }
            }
            copy.put(name, value);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** RFC 9110 tchar: a letter, a digit or one of {@code !#$%&'*+-.^_`|~}. */
    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /** Throws unless {@code min <= status <= 599}; {@code what} names the field in the message. */
    private static void requireStatus(String what, int status, int min) {
        if (status < min || status > 599) {
            throw new IllegalArgumentException(what + " must be " + min + "-599, got " + status);
        }
    }
}
