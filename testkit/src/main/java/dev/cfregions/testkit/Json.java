package dev.cfregions.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's only door to JSON, through jackson-core streaming. Bodies are read into a tiny
 * tree of {@link Map}, {@link List}, {@link String}, {@link Number}, {@link Boolean} and
 * {@link #NULL}, because validation has to tell "absent" from "null" from "wrong type".
 */
final class Json {
    /** Stands for a JSON {@code null}, so that a missing key ({@code Map.get} gives null) differs from it. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** Something that writes one JSON value. */
    @FunctionalInterface
    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /** The body parsed, or a {@link JsonSyntaxException} when it is not exactly one JSON value. */
    static Object parse(byte[] body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonSyntaxException("empty body");
            }
            Object value = read(p, first);
            if (p.nextToken() != null) {
                throw new JsonSyntaxException("trailing content after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new JsonSyntaxException(e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, read(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(read(p, e));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(p.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new JsonSyntaxException("unexpected token " + t);
        }
    }

    /** Bytes of the JSON that {@code writer} produces, compact. */
    static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A value of the tree as the client wrote it, for echoing what could not be understood
     * (§15 #13): a string as itself, a number as its token ({@code 1e3}, not {@code 1E+3}),
     * {@code true}/{@code false}/{@code null}, an object or array as compact JSON.
     */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof JsonNumber n) {
            return n.text();
        }
        if (value instanceof Boolean || value == NULL) {
            return value.toString();
        }
        return new String(write(g -> writeTree(g, value)), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeTree(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                writeTree(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object v : list) {
                writeTree(g, v);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof JsonNumber n) {
            g.writeNumber(n.text());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }

    /**
     * A JSON number that remembers its token. It is a {@link BigDecimal} (equal to
     * {@code new BigDecimal(text)}), so code that reads numbers as {@link Number} or compares
     * them with {@code BigDecimal} needs nothing new; {@link #text()} gives the client's spelling.
     */
    static final class JsonNumber extends BigDecimal {
        private static final long serialVersionUID = 1L;
        private final String text;

        JsonNumber(String text) {
            super(text);
            this.text = text;
        }

        /** The number exactly as the JSON token spelled it. */
        String text() {
            return text;
        }

        /** Equal as a BigDecimal (value and scale): the spelling is not part of the value. */
        @Override
        public boolean equals(Object o) {
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** Writes a string, or a JSON null for {@code null}. */
    static void stringOrNull(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    /** A body was not valid JSON; the message says where or why. */
    static final class JsonSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonSyntaxException(String message) {
            super(message, null, false, false);
        }
    }
}
