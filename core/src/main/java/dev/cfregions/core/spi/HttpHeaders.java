package dev.cfregions.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An immutable, case-insensitive, multi-valued set of HTTP header fields. Names keep the
 * spelling they were first added with; lookups ignore case. Safe to share between threads.
 */
public final class HttpHeaders {
    private static final HttpHeaders EMPTY = new HttpHeaders(Map.of());

    /** Lower-cased name to the field, in insertion order. */
    private final Map<String, Field> fields;

    private HttpHeaders(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** {@return headers with no fields} */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** {@return a builder for a new set of headers} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder that starts from these headers} */
    public Builder toBuilder() {
        Builder b = new Builder();
        fields.values().forEach(f -> f.values.forEach(v -> b.add(f.name, v)));
        return b;
    }

    /**
     * {@return the first value of the named header, if present}
     *
     * @param name the header name; matched ignoring case
     */
    public Optional<String> firstValue(String name) {
        Field f = fields.get(key(name));
        return f == null ? Optional.empty() : Optional.of(f.values.get(0));
    }

    /**
     * {@return every value of the named header in the order received; empty if absent}
     *
     * @param name the header name; matched ignoring case
     */
    public List<String> allValues(String name) {
        Field f = fields.get(key(name));
        return f == null ? List.of() : f.values;
    }

    /**
     * {@return whether the named header is present}
     *
     * @param name the header name; matched ignoring case
     */
    public boolean contains(String name) {
        return fields.containsKey(key(name));
    }

    /** {@return the header names as first added, in insertion order} */
    public List<String> names() {
        List<String> names = new ArrayList<>(fields.size());
        fields.values().forEach(f -> names.add(f.name));
        return Collections.unmodifiableList(names);
    }

    /**
     * Calls {@code action} once per (name, value) pair, in insertion order.
     *
     * @param action called with each name and value
     */
    public void forEach(BiConsumer<String, String> action) {
        fields.values().forEach(f -> f.values.forEach(v -> action.accept(f.name, v)));
    }

    /** {@return number of distinct header names} */
    public int size() {
        return fields.size();
    }

    /** {@return whether there are no fields} */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HttpHeaders other) || other.fields.size() != fields.size()) {
            return false;
        }
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            Field theirs = other.fields.get(e.getKey());
            if (theirs == null || !theirs.values.equals(e.getValue().values)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            h += e.getKey().hashCode() ^ e.getValue().values.hashCode();
        }
        return h;
    }

    /**
     * Lists the header names only. Values are left out on purpose: headers carry credentials,
     * and a {@code toString} ends up in logs.
     */
    @Override
    public String toString() {
        return "HttpHeaders" + names();
    }

    private static String key(String name) {
        Objects.requireNonNull(name, "name");
        return name.toLowerCase(Locale.ROOT);
    }

    private record Field(String name, List<String> values) {}

    /** Collects header fields; not thread-safe. */
    public static final class Builder {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a value, keeping any values the header already has.
         *
         * @param name the header name; matched ignoring case
         * @param value the header value
         * @return this builder
         */
        public Builder add(String name, String value) {
            checkName(name);
            Objects.requireNonNull(value, () -> "value of header " + name);
            String k = key(name);
            names.putIfAbsent(k, name);
            values.computeIfAbsent(k, x -> new ArrayList<>(1)).add(value);
            return this;
        }

        /**
         * Replaces every value of the header with this one.
         *
         * @param name the header name; matched ignoring case
         * @param value the header value
         * @return this builder
         */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes the header, whatever its case.
         *
         * @param name the header name; matched ignoring case
         * @return this builder
         */
        public Builder remove(String name) {
            String k = key(name);
            names.remove(k);
            values.remove(k);
            return this;
        }

        /** {@return the immutable headers} */
        public HttpHeaders build() {
            if (names.isEmpty()) {
                return EMPTY;
            }
            Map<String, Field> fields = new LinkedHashMap<>(names.size() * 2);
            names.forEach((k, n) -> fields.put(k, new Field(n, List.copyOf(values.get(k)))));
            return new HttpHeaders(Collections.unmodifiableMap(fields));
        }

        private static void checkName(String name) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("Header name must not be empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c >= 0x7f || c == ':') {
                    throw new IllegalArgumentException("Header name has an illegal character at index " + i + ": " + name);
                }
            }
        }
    }
}
