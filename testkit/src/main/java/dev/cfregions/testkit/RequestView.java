package dev.cfregions.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RecordedRequest} as a {@link RequestPattern} looks at it: the path decoded with IPs
 * canonical, the query parameters decoded, the body parsed as JSON once (lazily). One view per
 * request per verification, so a pattern with several parts decodes nothing twice.
 */
final class RequestView {
    /** What {@link #json()} gives when the body is not one JSON value. */
    static final Object NOT_JSON = new Object();

    final RecordedRequest request;
    private String path;
    private List<String[]> query;
    private Object json;

    RequestView(RecordedRequest request) {
        this.request = request;
    }

    /** The path decoded segment by segment, IP segments canonical ({@link PathGlob#normalize(String)}). */
    String path() {
        if (path == null) {
            path = PathGlob.normalize(request.path());
        }
        return path;
    }

    /** The path as shown in a failure message: decoded, without the {@code /client/v4} prefix. */
    String shownPath() {
        String p = path();
        return p.startsWith(Router.API_PREFIX + "/") ? p.substring(Router.API_PREFIX.length()) : p;
    }

    /** The decoded values of every query parameter with this name, in order; empty when there is none. */
    List<String> queryValues(String name) {
        if (query == null) {
            query = parseQuery(request.query());
        }
        List<String> out = new ArrayList<>();
        for (String[] pair : query) {
            if (pair[0].equals(name)) {
                out.add(pair[1]);
            }
        }
        return out;
    }

    /** The body as a {@link Json} tree, or {@link #NOT_JSON}. */
    Object json() {
        if (json == null) {
            try {
                json = request.bodyTruncated() ? NOT_JSON : Json.parse(request.body().getBytes(StandardCharsets.UTF_8));
            } catch (Json.JsonSyntaxException e) {
                json = NOT_JSON;
            }
        }
        return json;
    }

    /** Why {@link #json()} is {@link #NOT_JSON}, for a failure message. */
    String notJsonReason() {
        if (request.bodyTruncated()) {
            return "the body was kept only in part (" + request.bodyBytes() + " bytes received)";
        }
        return request.body().isEmpty() ? "there was no body" : "the body is not JSON";
    }

    /** {@code name=value} pairs split on {@code &}, {@code +} read as a space, percent-escapes decoded. */
    private static List<String[]> parseQuery(String raw) {
        List<String[]> out = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            out.add(new String[] {decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1))});
        }
        return out;
    }

    private static String decode(String raw) {
        String spaced = raw.replace('+', ' ');
        String decoded = Router.decode(spaced);
        return decoded == null ? spaced : decoded;
    }
}
