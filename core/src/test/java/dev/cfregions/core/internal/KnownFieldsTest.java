package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field is found, with or without the hint of which one comes next, and a wrong hint never misleads. */
class KnownFieldsTest {
    private static final KnownFields FIELDS = new KnownFields("a", "bb", "ccc");

    /** The index of every field of {@code json}, each looked for with {@code hint} as the expected one. */
    private static List<Integer> fields(String json, int hint) throws IOException, DecodeException {
        List<Integer> out = new ArrayList<>();
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            int f;
            while ((f = FIELDS.next(p, hint)) != KnownFields.END) {
                out.add(f);
                p.skipChildren();
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        }
        return out;
    }

    @Test
    void anyHintFindsTheSameFields() throws Exception {
        String json = "{\"ccc\":1,\"x\":{\"a\":2},\"a\":[3],\"bb\":\"4\",\"b\":5,\"a\":6,\"\\u0063cc\":7}";
        List<Integer> expected = List.of(2, KnownFields.UNKNOWN, 0, 1, KnownFields.UNKNOWN, 0, 2);
        for (int hint = -3; hint <= 4; hint++) {
            assertThat(fields(json, hint)).as("hint " + hint).isEqualTo(expected);
        }
        assertThat(fields("{}", 0)).isEmpty();
    }

    @Test
    void theParserIsLeftOnTheValue() throws Exception {
        try (JsonParser p = Json.FACTORY.createParser("{\"a\":\"x\",\"bb\":2}")) {
            p.nextToken();
            assertThat(FIELDS.next(p, 0)).isZero();
            assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_STRING);
            assertThat(p.getText()).isEqualTo("x");
            assertThat(FIELDS.next(p, 2)).isEqualTo(1);
            assertThat(p.getIntValue()).isEqualTo(2);
            assertThat(FIELDS.next(p, 2)).isEqualTo(KnownFields.END);
        }
    }

    @Test
    void somethingOtherThanAFieldIsRefused() throws Exception {
        try (JsonParser p = Json.FACTORY.createParser("[1]")) {
            p.nextToken();
            assertThatThrownBy(() -> FIELDS.next(p, 0)).isInstanceOf(DecodeException.class).hasMessageContaining("expected a field name");
        }
    }
}
