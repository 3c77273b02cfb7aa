package dev.cfregions.core.ranges;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.cfregions.core.errors.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A streaming cursor over one range file: walks objects and arrays, checks value types, skips
 * unknown fields, and turns every problem into a {@link RangeFileException} that names the file
 * and the JSON path where it is. The vendor parsers are written against this, never against
 * Jackson directly, so the four formats share one way of failing.
 */
final class RangeJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(1 << 16).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonParser parser;
    private final String source;

    private RangeJson(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** Reads the root value of a file. */
    @FunctionalInterface
    interface RootReader<T> {
        T read(RangeJson json) throws IOException;
    }

    /** Reads the value of one field; the cursor is on the value and the reader must consume it. */
    @FunctionalInterface
    interface FieldReader {
        void field(String name) throws IOException;
    }

    /** Reads one array item; the cursor is on the item and the reader must consume it. */
    @FunctionalInterface
    interface ItemReader {
        void item() throws IOException;
    }

    /**
     * Parses a whole file with {@code root} reading the root value, and checks nothing follows it.
     * The stream is read to the end of the JSON document but not closed.
     */
    static <T> T read(InputStream in, String source, RootReader<T> root) {
        JsonParser parser = null;
        RangeJson json = null;
        try {
            parser = FACTORY.createParser(in);
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            json = new RangeJson(parser, source);
            if (parser.nextToken() == null) {
                throw new RangeFileException(source, "$", "the file is empty", null);
            }
            T result = root.read(json);
            if (parser.nextToken() != null) {
                throw json.error("content after the end of the JSON document");
            }
            return result;
        } catch (JsonEOFException e) {
            throw new RangeFileException(source, json == null ? "$" : json.path(),
                    "the file ends before the JSON is complete (truncated?)", e);
        } catch (JsonParseException e) {
            throw new RangeFileException(source, json == null ? "$" : json.path(),
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RangeFileException(source, json == null ? "$" : json.path(), "could not be read: " + e, e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // the stream is the caller's; nothing of ours to release
                }
            }
        }
    }

    /** Walks the object the cursor is on, calling {@code fields} for each field; the cursor ends on its end. */
    void object(FieldReader fields) throws IOException {
        expect(JsonToken.START_OBJECT, "an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            fields.field(name);
        }
    }

    /**
     * Walks the object the cursor is on as a file's root: each field named in {@code arrays} must be
     * there and be an array, whose items its reader reads; other fields are skipped.
     *
     * @param hint said when a field is missing, such as {@code is this an AWS ip-ranges.json?}
     */
    void rootWithArrays(String hint, Map<String, ItemReader> arrays) throws IOException {
        Set<String> seen = new HashSet<>();
        object(name -> {
            ItemReader items = arrays.get(name);
            if (items == null) {
                skip();
            } else {
                seen.add(name);
                array(items);
            }
        });
        for (String name : arrays.keySet()) {
            if (!seen.contains(name)) {
                throw missing(name, hint);
            }
        }
    }

    /** Walks the array the cursor is on, calling {@code items} for each item; the cursor ends on its end. */
    void array(ItemReader items) throws IOException {
        expect(JsonToken.START_ARRAY, "an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.item();
        }
    }

    /** The string the cursor is on. */
    String string() throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        return parser.getText();
    }

    /** The prefix in the string the cursor is on; {@code family} is 4, 6 or 0 for either. */
    IpPrefix prefix(int family) throws IOException {
        String text = string();
        IpPrefix prefix;
        try {
            prefix = IpPrefix.parse(text, "prefix");
        } catch (ValidationException e) {
            throw error(e.getMessage());
        }
        if (family == 4 && !prefix.isIpv4() || family == 6 && prefix.isIpv4()) {
            throw error("expected an IPv" + family + " prefix, found \"" + text + "\"");
        }
        return prefix;
    }

    /**
     * A region name from the string the cursor is on: non-empty, printable ASCII, no spaces.
     * {@code globalName} (matched exactly) gives {@code null}, the vendor's "no region".
     */
    String region(String globalName) throws IOException {
        String region = string();
        if (region.equals(globalName)) {
            return null;
        }
        if (region.isEmpty()) {
            throw error("empty region");
        }
        for (int i = 0; i < region.length(); i++) {
            char c = region.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                // ValidationException's message shows the value with such characters escaped
                throw error(new ValidationException("region", region, "has a space, control or non-ASCII character at index "
                        + i).getMessage());
            }
        }
        return region;
    }

    /** Skips the value the cursor is on, with everything inside it. */
    void skip() throws IOException {
        parser.skipChildren();
    }

    /** An error at the cursor's place. */
    RangeFileException error(String reason) {
        return new RangeFileException(source, path(), reason, null);
    }

    /** An error for a field missing from the object just walked (the cursor is on its end). */
    RangeFileException missing(String field, String hint) {
        return error("missing \"" + field + "\"" + (hint.isEmpty() ? "" : " (" + hint + ")"));
    }

    private void expect(JsonToken token, String what) throws RangeFileException {
        JsonToken t = parser.currentToken();
        if (t != token) {
            throw error("expected " + what + ", found " + describe(t));
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        switch (t) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.toString();
        }
    }

    /** The JSON path of the cursor, such as {@code $.prefixes[3].ip_prefix}. */
    String path() {
        Deque<String> parts = new ArrayDeque<>();
        JsonToken t = parser.currentToken();
        JsonStreamContext c = parser.getParsingContext();
        // on a container's start token the context is already the new, still empty container:
        // its place is named by the parent
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            c = c.getParent();
        }
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        StringBuilder sb = new StringBuilder("$");
        parts.forEach(sb::append);
        return sb.toString();
    }
}
