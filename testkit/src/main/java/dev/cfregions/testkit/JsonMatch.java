package dev.cfregions.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON-aware comparison of {@link Json} trees for {@link RequestPattern}: objects compare
 * without regard to key order (and, when asked, ignore keys only the actual has), arrays
 * element by element in order, numbers by value ({@code 1.0} equals {@code 1}), whitespace
 * never matters because both sides are parsed. Also resolves RFC 6901 JSON Pointers
 * ({@code /0/origin_ip}). Pure.
 */
final class JsonMatch {
    private JsonMatch() {}

    /**
     * The first place where {@code actual} differs from {@code expected}, or null when it does not.
     *
     * @param ignoreExtraFields whether keys of {@code actual}'s objects that {@code expected} lacks are allowed
     * @return e.g. {@code at /0/region expected "us-east-1", got "us-west-2"}
     */
    static String firstDifference(Object expected, Object actual, boolean ignoreExtraFields) {
        return difference(expected, actual, ignoreExtraFields, "");
    }

    private static String difference(Object expected, Object actual, boolean ignoreExtra, String at) {
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                return mismatch(at, expected, actual);
            }
            for (Map.Entry<?, ?> field : e.entrySet()) {
                String here = at + "/" + escape((String) field.getKey());
                if (!a.containsKey(field.getKey())) {
                    return "at " + here + " expected " + shown(field.getValue()) + ", got no such field";
                }
                String d = difference(field.getValue(), a.get(field.getKey()), ignoreExtra, here);
                if (d != null) {
                    return d;
                }
            }
            if (!ignoreExtra) {
                for (Object key : a.keySet()) {
                    if (!e.containsKey(key)) {
                        return "at " + at + "/" + escape((String) key) + " expected no such field, got " + shown(a.get(key));
                    }
                }
            }
            return null;
        }
        if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a)) {
                return mismatch(at, expected, actual);
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                String d = difference(e.get(i), a.get(i), ignoreExtra, at + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return e.size() == a.size() ? null
                    : "at " + (at.isEmpty() ? "/" : at) + " expected " + e.size() + " element(s), got " + a.size();
        }
        if (expected instanceof BigDecimal e) {
            return actual instanceof BigDecimal a && e.compareTo(a) == 0 ? null : mismatch(at, expected, actual);
        }
        return expected.equals(actual) ? null : mismatch(at, expected, actual);
    }

    private static String mismatch(String at, Object expected, Object actual) {
        return "at " + (at.isEmpty() ? "/" : at) + " expected " + shown(expected) + ", got " + shown(actual);
    }

    /** A value as compact JSON, cut to a readable length. */
    static String shown(Object value) {
        String json = value instanceof String s ? "\"" + s + "\"" : Json.text(value);
        return json.length() <= 120 ? json : json.substring(0, 117) + "...";
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The value a JSON Pointer designates, or empty when there is none.
     *
     * @param root a parsed document
     * @param pointer {@code ""} for the whole document, else {@code /}-separated keys and array indexes
     */
    static Optional<Object> at(Object root, String pointer) {
        Object node = root;
        if (pointer.isEmpty()) {
            return Optional.of(node);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> map && map.containsKey(token)) {
                node = map.get(token);
            } else if (node instanceof List<?> list && isIndex(token) && Integer.parseInt(token) < list.size()) {
                node = list.get(Integer.parseInt(token));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Checks a pointer's syntax: empty, or starting with {@code /}. */
    static String requirePointer(String pointer) {
        if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            throw new IllegalArgumentException("bodyField: \"" + pointer + "\" is not a JSON Pointer: give \"\" for the "
                    + "whole body or a path such as \"/0/origin_ip\"");
        }
        return pointer;
    }
}
