package dev.cfregions.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One condition of a {@link RequestPattern}: the method, the path, one query parameter, one
 * header, or the body. Each says whether a request meets it and, when not, what it found
 * instead, so a failed verification can show which parts of the closest requests differed.
 */
sealed interface PatternPart {

    /** {@return the condition as it reads in a failure message} */
    String describe();

    /** {@return null when the request meets the condition, else what it had instead} */
    String mismatch(RequestView r);

    /** The method, or {@code *} for any. */
    record Method(String method) implements PatternPart {
        @Override
        public String describe() {
            return "method " + method;
        }

        @Override
        public String mismatch(RequestView r) {
            return PathGlob.methodMatches(method, r.request.method()) ? null
                    : "method: expected " + method + ", got " + r.request.method();
        }
    }

    /** The path glob, compared decoded with IPs canonical. */
    record Path(PathGlob glob) implements PatternPart {
        @Override
        public String describe() {
            return "path " + glob;
        }

        @Override
        public String mismatch(RequestView r) {
            return glob.matchesNormalized(r.path()) ? null
                    : "path: expected " + glob + ", got " + r.shownPath();
        }
    }

    /** One query parameter: some value of it meets the matcher (or, for absent, it has none). */
    record Query(String name, ValueMatcher value) implements PatternPart {
        @Override
        public String describe() {
            return "query parameter " + name + " " + value;
        }

        @Override
        public String mismatch(RequestView r) {
            List<String> values = r.queryValues(name);
            return anyMatches(value, values) ? null
                    : "query parameter " + name + ": expected " + value + ", got " + shown(values);
        }
    }

    /** One header, its name matched ignoring case: some value of it meets the matcher (or, for absent, it has none). */
    record Header(String name, ValueMatcher value) implements PatternPart {
        @Override
        public String describe() {
            return "header " + name + " " + expected();
        }

        @Override
        public String mismatch(RequestView r) {
            List<String> values = r.request.headers().allValues(name);
            return anyMatches(value, values) ? null
                    : "header " + name + ": expected " + expected() + ", got " + shown(values);
        }

        /** A secret header's expected value is never printed (the journal holds it redacted anyway). */
        private String expected() {
            return RequestJournal.isSecretHeader(name.toLowerCase(Locale.ROOT)) ? value.redacted() : value.toString();
        }
    }

    /** The body as text. */
    record BodyText(ValueMatcher value) implements PatternPart {
        @Override
        public String describe() {
            return "body " + value;
        }

        @Override
        public String mismatch(RequestView r) {
            String body = r.request.body().isEmpty() ? null : r.request.body();
            return value.test(body) ? null : "body: expected " + value + ", got "
                    + (body == null ? "none" : JsonMatch.shown(body));
        }
    }

    /**
     * The body parsed as JSON equals {@code expected}: key order and whitespace never matter; with
     * {@code ignoreExtraFields}, objects in the body may have keys the expected ones lack.
     */
    record BodyJson(Object expected, boolean ignoreExtraFields) implements PatternPart {
        @Override
        public String describe() {
            return "body equal to JSON " + JsonMatch.shown(expected) + (ignoreExtraFields ? " (ignoring extra fields)" : "");
        }

        @Override
        public String mismatch(RequestView r) {
            Object actual = r.json();
            if (actual == RequestView.NOT_JSON) {
                return "body: expected JSON, but " + r.notJsonReason();
            }
            String d = JsonMatch.firstDifference(expected, actual, ignoreExtraFields);
            return d == null ? null : "body: " + d;
        }
    }

    /** The JSON value at a JSON Pointer in the body, as text ({@link Json#text(Object)}), meets the matcher. */
    record BodyField(String pointer, ValueMatcher value) implements PatternPart {
        @Override
        public String describe() {
            return "body field " + (pointer.isEmpty() ? "\"\"" : pointer) + " " + value;
        }

        @Override
        public String mismatch(RequestView r) {
            Object json = r.json();
            if (json == RequestView.NOT_JSON) {
                return value.isAbsent() ? null : "body field " + pointer + ": expected " + value + ", but " + r.notJsonReason();
            }
            Optional<Object> found = JsonMatch.at(json, pointer);
            String text = found.map(Json::text).orElse(null);
            return value.test(text) ? null : "body field " + pointer + ": expected " + value + ", got "
                    + found.map(JsonMatch::shown).orElse("no such field");
        }
    }

    private static boolean anyMatches(ValueMatcher matcher, List<String> values) {
        if (values.isEmpty()) {
            return matcher.test(null);
        }
        if (matcher.isAbsent()) {
            return false;
        }
        for (String v : values) {
            if (matcher.test(v)) {
                return true;
            }
        }
        return false;
    }

    private static String shown(List<String> values) {
        if (values.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            out.append(out.length() == 0 ? "" : ", ").append(JsonMatch.shown(v));
        }
        return out.toString();
    }
}
