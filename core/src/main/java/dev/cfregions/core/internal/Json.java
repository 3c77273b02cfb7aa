package dev.cfregions.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The one JSON factory and the small helpers every codec shares. Streaming only: no databind. */
final class Json {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
            .build();

    private Json() {}

    /** Writes JSON with {@code body} into a byte array. */
    static byte[] write(JsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
        return out.toByteArray();
    }

    /** Writes a request body. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    static String requireString(JsonParser p, String field) throws IOException, DecodeException {
        requireStringToken(p, field);
        return p.getText();
    }

    /** Fails unless the current token is a string, for readers that take its characters in place. */
    static void requireStringToken(JsonParser p, String field) throws DecodeException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING) {
            throw new DecodeException("\"" + field + "\" should be a string, was " + t);
        }
    }

    /** A string, or null for JSON null. */
    static String optionalString(JsonParser p, String field) throws IOException, DecodeException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : requireString(p, field);
    }

    /** Whether {@code buf[off, off + len)} holds exactly the characters of {@code s}. */
    static boolean sameChars(String s, char[] buf, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (buf[off + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean requireBoolean(JsonParser p, String field) throws IOException, DecodeException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new DecodeException("\"" + field + "\" should be a boolean, was " + t);
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /**
     * An RFC 3339 date-time (fractions and offsets allowed), or null for JSON null. Read from
     * the parser's own characters: a listing has one per mapping, and a {@code String} for each
     * would be garbage the moment it is parsed.
     */
    static Instant optionalInstant(JsonParser p, String field) throws IOException, DecodeException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        requireStringToken(p, field);
        try {
            return Rfc3339.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } catch (DateTimeException e) {
            throw new DecodeException("\"" + field + "\" is not an RFC 3339 date-time: " + p.getText());
        }
    }

    static void expect(JsonParser p, JsonToken expected, String what) throws DecodeException {
        if (p.currentToken() != expected) {
            throw new DecodeException(what + " should be " + describe(expected) + ", was " + p.currentToken());
        }
    }

    /** Reads an array whose elements {@code element} reads; the parser is on START_ARRAY. */
    static <T> List<T> readArray(JsonParser p, String what, JsonReader<T> element) throws IOException, DecodeException {
        expect(p, JsonToken.START_ARRAY, what);
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw new DecodeException("unexpected end of input in " + what);
            }
            out.add(element.read(p));
        }
        return out;
    }

    /** Moves to the next field name of the current object; null at its end. */
    static String nextField(JsonParser p) throws IOException, DecodeException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw new DecodeException("expected a field name, was " + t);
        }
        String name = p.currentName();
        if (p.nextToken() == null) {
            throw new DecodeException("unexpected end of input after \"" + name + "\"");
        }
        return name;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> t.toString();
        };
    }
}
