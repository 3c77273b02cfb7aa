package dev.cfregions.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from one JSON object of {@link Json}'s tree, for the control API. A field of the
 * wrong type is an {@link IllegalArgumentException} naming the field by its path
 * ({@code fault.status}, {@code body[2].ip}), what it wants and what it got, so a caller never
 * sees Java's own cast or parse messages. Optional fields may be absent; present, they must be
 * of the right type ({@code null} counts as present).
 */
final class JsonFields {
    private final Map<String, Object> object;
    private final String path;

    private JsonFields(Map<String, Object> object, String path) {
        this.object = object;
        this.path = path;
    }

    /** {@code value} as an object whose fields are named under {@code path}. */
    @SuppressWarnings("unchecked")
    static JsonFields of(Object value, String path) {
        if (!(value instanceof Map)) {
            throw wrongType(path, "a JSON object", value);
        }
        return new JsonFields((Map<String, Object>) value, path);
    }

    /** {@code value} as an array; {@code path} names it in the error. */
    static List<?> array(Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw wrongType(path, "a JSON array", value);
        }
        return list;
    }

    /** {@code value} as a string; {@code path} names it in the error. */
    static String string(Object value, String path) {
        if (!(value instanceof String s)) {
            throw wrongType(path, "a string", value);
        }
        return s;
    }

    /** The object's field names, in document order. */
    java.util.Set<String> names() {
        return object.keySet();
    }

    boolean has(String field) {
        return object.containsKey(field);
    }

    Object raw(String field) {
        return object.get(field);
    }

    /** The path of a field of this object, for errors and nested reads. */
    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    JsonFields object(String field) {
        return of(required(field), pathOf(field));
    }

    List<?> array(String field) {
        return array(required(field), pathOf(field));
    }

    String string(String field) {
        return string(required(field), pathOf(field));
    }

    String string(String field, String absent) {
        return has(field) ? string(field) : absent;
    }

    boolean bool(String field, boolean absent) {
        if (!has(field)) {
            return absent;
        }
        if (!(object.get(field) instanceof Boolean b)) {
            throw wrongType(pathOf(field), "true or false", object.get(field));
        }
        return b;
    }

    int integer(String field) {
        BigDecimal n = number(field);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(pathOf(field), "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, n);
        }
    }

    int integer(String field, int absent) {
        return has(field) ? integer(field) : absent;
    }

    long longInteger(String field, long absent) {
        return has(field) ? longInteger(field) : absent;
    }

    long longInteger(String field) {
        BigDecimal n = number(field);
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(pathOf(field), "a whole number that fits in 64 bits", n);
        }
    }

    double decimal(String field, double absent) {
        return has(field) ? number(field).doubleValue() : absent;
    }

    /** An RFC 3339 instant such as {@code 2026-01-02T03:04:05Z}. */
    Instant instant(String field) {
        String text = string(field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + pathOf(field) + "\" must be an RFC 3339 time such as "
                    + "2026-01-02T03:04:05Z, got \"" + text + "\"");
        }
    }

    Instant instant(String field, Instant absent) {
        return has(field) ? instant(field) : absent;
    }

    /** An array of strings; an absent field gives an empty list. */
    List<String> strings(String field) {
        if (!has(field)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<?> items = array(field);
        for (int i = 0; i < items.size(); i++) {
            out.add(string(items.get(i), pathOf(field) + "[" + i + "]"));
        }
        return out;
    }

    private BigDecimal number(String field) {
        if (!(required(field) instanceof BigDecimal n)) {
            throw wrongType(pathOf(field), "a number", object.get(field));
        }
        return n;
    }

    private Object required(String field) {
        if (!has(field)) {
            throw new IllegalArgumentException("\"" + pathOf(field) + "\" is missing");
        }
        return object.get(field);
    }

    private static IllegalArgumentException wrongType(String path, String wanted, Object got) {
        String what = path.isEmpty() ? "The body" : "\"" + path + "\"";
        return new IllegalArgumentException(what + " must be " + wanted + ", got " + describe(got));
    }

    /** A JSON-flavoured description of a value, never a Java class name. */
    static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v == Json.NULL) {
            return "null";
        }
        if (v instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (v instanceof BigDecimal n) {
            return "the number " + n.toString();
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof List) {
            return "an array";
        }
        return "an object";
    }
}
