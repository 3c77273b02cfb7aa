package dev.cfregions.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An immutable, case-insensitive, multi-valued set of HTTP header fields. Names keep the
 * spelling they were first added with; lookups ignore case. Safe to share between threads.
 *
 * <p>Kept as an array of fields searched in order rather than a map: a request or response has
 * a handful of headers, every request builds a few sets of them, and a scan of ten short names
 * costs less than hashing and lower-casing them into maps (the builder switches to an index
 * once a set is large, so a hostile response with thousands of headers stays linear).
 */
public final class HttpHeaders {
    private static final Field[] NO_FIELDS = new Field[0];
    private static final HttpHeaders EMPTY = new HttpHeaders(NO_FIELDS);

    /** The fields in insertion order, each name once; names are ASCII (the builder checks). */
    private final Field[] fields;

    private HttpHeaders(Field[] fields) {
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
        for (Field f : fields) {
            b.names.add(f.name);
            b.values.add(new ArrayList<>(f.values));
        }
        return b;
    }

    /**
     * {@return the first value of the named header, if present}
     *
     * @param name the header name; matched ignoring case
     */
    public Optional<String> firstValue(String name) {
        Field f = find(name);
        return f == null ? Optional.empty() : Optional.of(f.values.get(0));
    }

    /**
     * {@return every value of the named header in the order received; empty if absent}
     *
     * @param name the header name; matched ignoring case
     */
    public List<String> allValues(String name) {
        Field f = find(name);
        return f == null ? List.of() : f.values;
    }

    /**
     * {@return whether the named header is present}
     *
     * @param name the header name; matched ignoring case
     */
    public boolean contains(String name) {
        return find(name) != null;
    }

    /** {@return the header names as first added, in insertion order} */
    public List<String> names() {
        List<String> names = new ArrayList<>(fields.length);
        for (Field f : fields) {
            names.add(f.name);
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * Calls {@code action} once per (name, value) pair, in insertion order.
     *
     * @param action called with each name and value
     */
    public void forEach(BiConsumer<String, String> action) {
        for (Field f : fields) {
            for (String v : f.values) {
                action.accept(f.name, v);
            }
        }
    }

    /** {@return number of distinct header names} */
    public int size() {
        return fields.length;
    }

    /** {@return whether there are no fields} */
    public boolean isEmpty() {
        return fields.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HttpHeaders other) || other.fields.length != fields.length) {
            return false;
        }
        for (Field f : fields) {
            Field theirs = other.find(f.name);
            if (theirs == null || !theirs.values.equals(f.values)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Field f : fields) {
            h += lowerCaseHash(f.name) ^ f.values.hashCode();
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

    private Field find(String name) {
        String wanted = lookupName(name);
        for (Field f : fields) {
            if (sameAsciiName(f.name, wanted)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The name to compare stored names with. Stored names are ASCII, and comparing ASCII
     * ignoring case is what lower-casing both with {@link Locale#ROOT} did; a name with other
     * characters is lower-cased first, as before, so that what it matches does not change.
     */
    private static String lookupName(String name) {
        Objects.requireNonNull(name, "name");
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return name;
    }

    /** Whether two names are equal ignoring the case of ASCII letters (other characters exactly). */
    static boolean sameAsciiName(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && asciiLower(x) != asciiLower(y)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** {@code name.toLowerCase(Locale.ROOT).hashCode()} for an ASCII name, without the copy. */
    private static int lowerCaseHash(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + asciiLower(name.charAt(i));
        }
        return h;
    }

    private record Field(String name, List<String> values) {}

    /** Collects header fields; not thread-safe. */
    public static final class Builder {
        /** Fields at which lookups switch from a scan to {@link #index}. */
        private static final int SCAN_LIMIT = 16;

        private final List<String> names = new ArrayList<>(8);
        private final List<List<String>> values = new ArrayList<>(8);
        /** Lower-cased name to position, once there are more than {@link #SCAN_LIMIT} fields; null otherwise or when stale. */
        private Map<String, Integer> index;

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
            int i = indexOf(name);
            if (i >= 0) {
                values.get(i).add(value);
            } else {
                List<String> one = new ArrayList<>(1);
                one.add(value);
                names.add(name);
                values.add(one);
                if (index != null) {
                    index.put(name.toLowerCase(Locale.ROOT), names.size() - 1);
                }
            }
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
            int i = indexOf(lookupName(name));
            if (i >= 0) {
                names.remove(i);
                values.remove(i);
                index = null; // positions after i moved; rebuilt when next needed
            }
            return this;
        }

        /** {@return the immutable headers} */
        public HttpHeaders build() {
            if (names.isEmpty()) {
                return EMPTY;
            }
            Field[] fields = new Field[names.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = new Field(names.get(i), List.copyOf(values.get(i)));
            }
            return new HttpHeaders(fields);
        }

        /** The position of the field named {@code name} (ASCII or already lower-cased), or -1. */
        private int indexOf(String name) {
            if (names.size() <= SCAN_LIMIT) {
                for (int i = 0; i < names.size(); i++) {
                    if (sameAsciiName(names.get(i), name)) {
                        return i;
                    }
                }
                return -1;
            }
            if (index == null) {
                index = new HashMap<>(names.size() * 2);
                for (int i = 0; i < names.size(); i++) {
                    index.put(names.get(i).toLowerCase(Locale.ROOT), i);
                }
            }
            Integer i = index.get(name.toLowerCase(Locale.ROOT));
            return i == null ? -1 : i;
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
