package dev.cfregions.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which recorded requests a verification counts, in the manner of WireMock's request patterns:
 * a method, a path glob, and any number of conditions on query parameters, headers and the
 * body. A request matches when it meets every condition. Immutable and thread-safe; build one
 * with {@link #builder()}.
 *
 * <ul>
 * <li><b>Path</b>: a glob relative to {@code /client/v4} ({@code *} one segment, {@code **}
 *     anything), compared with the request's path <em>decoded</em>: each segment is
 *     percent-decoded and an IP segment is compared by its canonical form ({@code OriginIp}),
 *     so {@code /zones/*}{@code /origin/cloud_regions/2001:db8::1} matches
 *     {@code .../cloud_regions/2001%3Adb8%3A%3A1} and {@code .../2001:DB8:0::1}.</li>
 * <li><b>Query parameters and headers</b>: a {@link ValueMatcher} (equal to, containing, matching a
 *     regular expression, absent) that some value must meet; header names ignore case, query
 *     names and values are compared decoded. Secret headers ({@code Authorization},
 *     {@code X-Auth-Key}, ...) are kept redacted in the journal ({@code Bearer [redacted]}),
 *     so match their scheme, not the secret.</li>
 * <li><b>Body</b>: JSON-aware ({@link Builder#bodyEqualToJson(String)}: key order, whitespace and
 *     number spelling do not matter, optionally extra fields neither), one field by JSON Pointer
 *     ({@link Builder#bodyField(String, ValueMatcher)}), or the text ({@link Builder#body(ValueMatcher)}).</li>
 * </ul>
 *
 * <pre>{@code
 * RequestPattern upsert = RequestPattern.builder()
 *         .method("PUT")
 *         .path("/zones/*" + "/origin/cloud_regions/2001:db8::1")
 *         .header("Content-Type", ValueMatcher.containing("json"))
 *         .bodyEqualToJson("{\"vendor\":\"aws\",\"region\":\"us-east-1\"}", true)
 *         .build();
 * fake.journal().verify(Count.exactly(1), upsert);
 * }</pre>
 */
public final class RequestPattern {
    private final String method;
    private final String path;
    private final List<PatternPart> conditions;
    /** Method and path first, then the conditions in the order they were added. */
    private final List<PatternPart> parts;

    private RequestPattern(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.conditions = List.copyOf(b.conditions);
        List<PatternPart> all = new ArrayList<>(conditions.size() + 2);
        all.add(new PatternPart.Method(method));
        all.add(new PatternPart.Path(PathGlob.of(path)));
        all.addAll(conditions);
        this.parts = List.copyOf(all);
    }

    /** {@return a builder for a pattern that, until narrowed, matches every request} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a pattern on the method and path only}
     *
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path glob relative to {@code /client/v4}, or null for any path
     * @throws IllegalArgumentException if {@code method} is blank
     */
    public static RequestPattern of(String method, String pathGlob) {
        return builder().method(method).path(pathGlob).build();
    }

    /** {@return a pattern every request matches} */
    public static RequestPattern anyRequest() {
        return builder().build();
    }

    /** {@return a builder holding this pattern's method, path and conditions, to add more} */
    public Builder toBuilder() {
        Builder b = new Builder().method(method).path(path);
        b.conditions.addAll(conditions);
        return b;
    }

    /** {@return the method this pattern wants, {@code "*"} for any} */
    public String method() {
        return method;
    }

    /** {@return the path glob this pattern wants, {@code "**"} for any} */
    public String path() {
        return path;
    }

    /**
     * Whether a recorded request meets every part of this pattern.
     *
     * @param request a request from the journal
     * @return whether it matches
     */
    public boolean matches(RecordedRequest request) {
        return matches(new RequestView(Objects.requireNonNull(request, "request")));
    }

    boolean matches(RequestView r) {
        for (PatternPart p : parts()) {
            if (p.mismatch(r) != null) {
                return false;
            }
        }
        return true;
    }

    /** Method and path first, then the conditions in the order they were added. */
    List<PatternPart> parts() {
        return parts;
    }

    /** {@return the pattern as a failure message shows it: method and path, then one condition a line} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(method + " " + path);
        for (PatternPart p : conditions) {
            out.append("\n    ").append(p.describe());
        }
        return out.toString();
    }

    /**
     * {@return whether {@code o} is a pattern with the same method, path and conditions}
     *
     * @param o another object
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RequestPattern p && p.method.equalsIgnoreCase(method) && p.path.equals(path)
                && p.conditions.equals(conditions);
    }

    /** {@return a hash consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(method.toUpperCase(java.util.Locale.ROOT), path, conditions);
    }

    /** Builds a {@link RequestPattern}; every condition added must hold. Not thread-safe. */
    public static final class Builder {
        private String method = "*";
        private String path = "**";
        private final List<PatternPart> conditions = new ArrayList<>();

        private Builder() {}

        /**
         * The HTTP method, compared ignoring case.
         *
         * @param method a method such as {@code "PUT"}, or {@code "*"} for any (the default)
         * @return this builder
         * @throws IllegalArgumentException if {@code method} is null or blank
         */
        public Builder method(String method) {
            if (method == null || method.isBlank()) {
                throw new IllegalArgumentException("method: give an HTTP method such as \"GET\", or \"*\" for any, got "
                        + (method == null ? "null" : "\"" + method + "\""));
            }
            this.method = method;
            return this;
        }

        /**
         * The path glob, relative to {@code /client/v4}, compared decoded with IPs canonical.
         *
         * @param pathGlob a glob such as {@code /zones/*}{@code /origin/cloud_regions/192.0.2.1}; null for any (the default)
         * @return this builder
         */
        public Builder path(String pathGlob) {
            this.path = pathGlob == null ? "**" : pathGlob;
            return this;
        }

        /**
         * A query parameter some value of which meets {@code value} ({@link ValueMatcher#absent()}: none given).
         *
         * @param name the parameter name, compared decoded and exactly
         * @param value what its value must be
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder query(String name, ValueMatcher value) {
            conditions.add(new PatternPart.Query(Objects.requireNonNull(name, "query: name"),
                    Objects.requireNonNull(value, "query: value")));
            return this;
        }

        /**
         * A header some value of which meets {@code value} ({@link ValueMatcher#absent()}: not sent).
         *
         * @param name the header name, matched ignoring case
         * @param value what its value must be; secret headers are recorded redacted
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder header(String name, ValueMatcher value) {
            conditions.add(new PatternPart.Header(Objects.requireNonNull(name, "header: name"),
                    Objects.requireNonNull(value, "header: value")));
            return this;
        }

        /**
         * The body, parsed as JSON, equals {@code json} parsed: object key order, whitespace and
         * number spelling ({@code 1.0} and {@code 1}) do not matter; arrays keep their order.
         *
         * @param json the expected body as JSON text
         * @return this builder
         * @throws IllegalArgumentException if {@code json} is not one JSON value
         */
        public Builder bodyEqualToJson(String json) {
            return bodyEqualToJson(json, false);
        }

        /**
         * The body, parsed as JSON, equals {@code json} parsed, as {@link #bodyEqualToJson(String)};
         * with {@code ignoreExtraFields}, objects in the body may also have keys {@code json}'s lack.
         *
         * @param json the expected body as JSON text
         * @param ignoreExtraFields whether the body's objects may have more keys than the expected ones
         * @return this builder
         * @throws IllegalArgumentException if {@code json} is not one JSON value
         */
        public Builder bodyEqualToJson(String json, boolean ignoreExtraFields) {
            Objects.requireNonNull(json, "bodyEqualToJson: json");
            Object tree;
            try {
                tree = Json.parse(json.getBytes(StandardCharsets.UTF_8));
            } catch (Json.JsonSyntaxException e) {
                throw new IllegalArgumentException("bodyEqualToJson: the expected body is not JSON (" + e.getMessage() + ")", e);
            }
            return bodyEqualToJsonTree(tree, ignoreExtraFields);
        }

        /** As {@link #bodyEqualToJson(String, boolean)}, with the expected body already parsed by {@link Json}. */
        Builder bodyEqualToJsonTree(Object tree, boolean ignoreExtraFields) {
            conditions.add(new PatternPart.BodyJson(Objects.requireNonNull(tree, "bodyEqualToJson: json"), ignoreExtraFields));
            return this;
        }

        /**
         * The JSON value at a JSON Pointer (RFC 6901) in the body meets {@code value}, compared as
         * text: a string as itself, a number as written, {@code true}, {@code false}, {@code null},
         * an object or array as compact JSON; {@link ValueMatcher#absent()}: no such field.
         *
         * @param pointer {@code ""} for the whole body, or a path such as {@code /0/origin_ip} or {@code /region}
         * @param value what the value must be
         * @return this builder
         * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /}
         */
        public Builder bodyField(String pointer, ValueMatcher value) {
            conditions.add(new PatternPart.BodyField(JsonMatch.requirePointer(pointer), Objects.requireNonNull(value, "bodyField: value")));
            return this;
        }

        /**
         * The body as text meets {@code value} ({@link ValueMatcher#absent()}: no body).
         *
         * @param value what the body must be
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder body(ValueMatcher value) {
            conditions.add(new PatternPart.BodyText(Objects.requireNonNull(value, "body: value")));
            return this;
        }

        /** {@return the pattern} */
        public RequestPattern build() {
            return new RequestPattern(this);
        }
    }
}
