package dev.cfregions.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The field names an object reader knows, in the order the service writes them, matched as the
 * parser reads them: the name expected next is compared with the input's bytes in place
 * ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}), which spares
 * the symbol-table lookup of every name of every mapping of a listing (DecodingBenchmark's
 * profile put that at an eighth of the decoding). Any other order, an unknown or repeated
 * field, or a name spelled with escapes still works: it falls back to comparing the name the
 * parser read.
 */
final class KnownFields {
    /** {@link #next} at the end of the object. */
    static final int END = -1;
    /** {@link #next} on a field not in the list; the parser is on its value. */
    static final int UNKNOWN = -2;

    private final SerializedString[] names;

    /** @param names the fields, in the order the service writes them */
    KnownFields(String... names) {
        this.names = new SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            this.names[i] = new SerializedString(names[i]);
        }
    }

    /**
     * Moves to the next field of the current object and onto its value.
     *
     * @param p the parser, on the object's start or on the last token of a field's value
     * @param expected the index of the field expected next (the one after the last read); any
     *     value is allowed, an index past the end expects nothing in particular
     * @return the field's index in the list, {@link #UNKNOWN}, or {@link #END} at the object's end
     * @throws DecodeException if the object ends too early or holds something other than fields
     */
    int next(JsonParser p, int expected) throws IOException, DecodeException {
        int field;
        boolean tried = expected >= 0 && expected < names.length;
        if (tried && p.nextFieldName(names[expected])) {
            field = expected;
        } else {
            JsonToken t = tried ? p.currentToken() : p.nextToken();
            if (t == JsonToken.END_OBJECT) {
                return END;
            }
            if (t != JsonToken.FIELD_NAME) {
                throw new DecodeException("expected a field name, was " + t);
            }
            field = indexOf(p.currentName());
        }
        if (p.nextToken() == null) {
            throw new DecodeException("unexpected end of input after \"" + p.currentName() + "\"");
        }
        return field;
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].getValue().equals(name)) {
                return i;
            }
        }
        return UNKNOWN;
    }
}
