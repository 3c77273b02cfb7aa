package dev.cfregions.testkit;

import java.util.Set;

/**
 * A {@link RequestPattern} and a {@link Count} read from the body of
 * {@code POST /__fake/journal/verify}, so tests in other languages verify as Java tests do:
 *
 * <pre>
 * {"method":"PUT", "path":"/zones/{@literal *}/origin/cloud_regions/2001:db8::1",
 *  "query":{"page":{"equal_to":"2"}}, "headers":{"Content-Type":{"contains":"json"}},
 *  "body":{"equal_to_json":{"vendor":"aws"}, "ignore_extra_fields":true},
 *  "body_fields":{"/region":{"matches":"us-.*"}}, "count":{"exactly":1}}
 * </pre>
 *
 * Every field is optional: no {@code count} means at least one. A value matcher is an object
 * with exactly one of {@code equal_to}, {@code contains}, {@code matches} (strings) or
 * {@code absent} ({@code true}); {@code body} is a value matcher on the text, or
 * {@code equal_to_json} with an optional {@code ignore_extra_fields}. Errors name the field.
 */
final class RequestPatternJson {
    private static final Set<String> FIELDS = Set.of("method", "path", "query", "headers", "body", "body_fields", "count");
    private static final Set<String> COUNTS = Set.of("exactly", "at_least", "at_most", "never");

    private RequestPatternJson() {}

    /** The pattern in {@code o}; unknown fields are refused. */
    static RequestPattern pattern(JsonFields o) {
        requireKnown(o, FIELDS, "method, path, query, headers, body, body_fields or count");
        RequestPattern.Builder b = RequestPattern.builder().method(o.string("method", "*")).path(o.string("path", "**"));
        if (o.has("query")) {
            JsonFields q = o.object("query");
            for (String name : q.names()) {
                b.query(name, matcher(q.object(name)));
            }
        }
        if (o.has("headers")) {
            JsonFields h = o.object("headers");
            for (String name : h.names()) {
                b.header(name, matcher(h.object(name)));
            }
        }
        if (o.has("body")) {
            JsonFields body = o.object("body");
            if (body.has("equal_to_json")) {
                requireKnown(body, Set.of("equal_to_json", "ignore_extra_fields"), "equal_to_json and ignore_extra_fields");
                b.bodyEqualToJsonTree(body.raw("equal_to_json"), body.bool("ignore_extra_fields", false));
            } else {
                b.body(matcher(body));
            }
        }
        if (o.has("body_fields")) {
            JsonFields fields = o.object("body_fields");
            for (String pointer : fields.names()) {
                b.bodyField(pointer, matcher(fields.object(pointer)));
            }
        }
        return b.build();
    }

    /** The count in {@code o}'s {@code count} object, or at least one. */
    static Count count(JsonFields o) {
        if (!o.has("count")) {
            return Count.atLeast(1);
        }
        JsonFields c = o.object("count");
        String which = only(c, COUNTS, "exactly, at_least, at_most or never");
        if (which.equals("never")) {
            if (!c.bool("never", false)) {
                throw new IllegalArgumentException("\"" + c.pathOf("never") + "\" must be true");
            }
            return Count.never();
        }
        int n = c.integer(which);
        if (n < 0) {
            throw new IllegalArgumentException("\"" + c.pathOf(which) + "\" must be 0 or more, got " + n);
        }
        return which.equals("exactly") ? Count.exactly(n) : which.equals("at_least") ? Count.atLeast(n) : Count.atMost(n);
    }

    private static ValueMatcher matcher(JsonFields m) {
        String which = only(m, Set.of("equal_to", "contains", "matches", "absent"), "equal_to, contains, matches or absent");
        switch (which) {
            case "equal_to":
                return ValueMatcher.equalTo(m.string(which));
            case "contains":
                return ValueMatcher.containing(m.string(which));
            case "matches":
                return ValueMatcher.matching(m.string(which));
            default:
                if (!m.bool("absent", false)) {
                    throw new IllegalArgumentException("\"" + m.pathOf("absent") + "\" must be true");
                }
                return ValueMatcher.absent();
        }
    }

    /** The one field of {@code o}, which must be one of {@code allowed}. */
    private static String only(JsonFields o, Set<String> allowed, String wording) {
        requireKnown(o, allowed, wording);
        if (o.names().size() != 1) {
            throw new IllegalArgumentException(where(o) + " must have exactly one of " + wording + ", got "
                    + (o.names().isEmpty() ? "none" : String.join(", ", o.names())));
        }
        return o.names().iterator().next();
    }

    private static void requireKnown(JsonFields o, Set<String> allowed, String wording) {
        for (String name : o.names()) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("Unknown field \"" + o.pathOf(name) + "\": give " + wording);
            }
        }
    }

    private static String where(JsonFields o) {
        String p = o.pathOf("");
        return p.isEmpty() ? "The body" : "\"" + p.substring(0, p.length() - 1) + "\"";
    }
}
