package dev.cfregions.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps a method and raw path to an {@link Operation}, or explains why nothing matched and
 * which route came closest (WireMock-style near-miss). Pure: no state, no I/O.
 */
final class Router {
    /** Every API path starts with this; anything else is not Cloudflare's. */
    static final String API_PREFIX = "/client/v4";

    private Router() {}

    /** The outcome of routing. */
    sealed interface Result permits Matched, NoRoute {}

    /**
     * A route matched.
     *
     * @param zoneId the decoded zone segment (not yet validated)
     * @param ip the decoded {@code {origin_ip}} segment, or null; {@code ipUndecodable} when its escapes were bad
     */
    record Matched(Operation operation, String zoneId, String ip, boolean ipUndecodable, String apiPath) implements Result {}

    /**
     * Nothing matched.
     *
     * @param status 404 for an unknown path, 405 for a known path with another method
     * @param allowed the methods the path does accept (405 only)
     * @param nearMiss a sentence naming the closest route
     */
    record NoRoute(int status, Set<String> allowed, String nearMiss, String apiPath) implements Result {}

    static boolean isPlaceholder(String segment) {
        return segment.startsWith("{");
    }

    static Result route(String method, String rawPath) {
        boolean prefixed = rawPath.equals(API_PREFIX) || rawPath.startsWith(API_PREFIX + "/");
        String apiPath = prefixed ? rawPath.substring(API_PREFIX.length()) : rawPath;
        List<String> raw = split(apiPath);
        List<String> decoded = new ArrayList<>(raw.size());
        for (String s : raw) {
            decoded.add(decode(s));
        }
        if (prefixed) {
            List<Operation> pathMatches = pathMatches(decoded);
            for (Operation op : pathMatches) {
                if (op.method().equals(method)) {
                    int ipIndex = op.segments().indexOf("{origin_ip}");
                    String ip = ipIndex < 0 ? null : decoded.get(ipIndex);
                    String zone = decoded.get(1);
                    return new Matched(op, zone == null ? raw.get(1) : zone, ip,
                            ipIndex >= 0 && ip == null, apiPath);
                }
            }
            if (!pathMatches.isEmpty()) {
                Set<String> allowed = new LinkedHashSet<>();
                pathMatches.forEach(op -> allowed.add(op.method()));
                return new NoRoute(405, allowed, "The path matches " + pathMatches.get(0).template()
                        + ", which accepts " + String.join(", ", allowed) + ", not " + method, apiPath);
            }
        }
        Operation closest = closest(method, decoded);
        String why = prefixed ? "" : " (API paths start with " + API_PREFIX + ")";
        return new NoRoute(404, Set.of(), "Closest route: " + closest.method() + " " + API_PREFIX
                + closest.template() + why, apiPath);
    }

    /** Routes whose template matches the segments, keeping only the most specific ones. */
    private static List<Operation> pathMatches(List<String> decoded) {
        List<Operation> matches = new ArrayList<>();
        int best = -1;
        for (Operation op : Operation.values()) {
            if (matchesPath(op, decoded)) {
                if (op.literalCount() > best) {
                    matches.clear();
                    best = op.literalCount();
                }
                if (op.literalCount() == best) {
                    matches.add(op);
                }
            }
        }
        return matches;
    }

    private static boolean matchesPath(Operation op, List<String> decoded) {
        List<String> t = op.segments();
        if (t.size() != decoded.size()) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            String want = t.get(i);
            String got = decoded.get(i);
            if (want.equals("{zone_id}")) {
                continue; // any zone segment, even empty or undecodable: checked later (7003)
            }
            if (want.equals("{origin_ip}")) {
                if (got != null && got.isEmpty()) {
                    return false; // a trailing slash is not an IP
                }
                continue;
            }
            if (!want.equals(got)) {
                return false;
            }
        }
        return true;
    }

    /** The route with the smallest edit cost: per-segment edit distance, length difference, method. */
    private static Operation closest(String method, List<String> decoded) {
        Operation best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Operation op : Operation.values()) {
            List<String> t = op.segments();
            int cost = 10 * Math.abs(t.size() - decoded.size());
            for (int i = 0; i < Math.min(t.size(), decoded.size()); i++) {
                String want = t.get(i);
                String got = decoded.get(i) == null ? "" : decoded.get(i);
                if (!isPlaceholder(want)) {
                    cost += editDistance(want, got);
                }
            }
            if (!op.method().equals(method)) {
                cost += 2;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = op;
            }
        }
        return best;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }

    /** Segments of a path: {@code /a/b} gives [a, b]; {@code /a/} gives [a, ""]. */
    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        if (path.isEmpty() || path.equals("/")) {
            return out;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        int start = 0;
        for (int i = 0; i <= p.length(); i++) {
            if (i == p.length() || p.charAt(i) == '/') {
                out.add(p.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    /** Strict percent-decoding as UTF-8; null when an escape is malformed or the bytes are not UTF-8. */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return null;
                }
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0 || segment.charAt(i + 1) > 0x7f || segment.charAt(i + 2) > 0x7f) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
