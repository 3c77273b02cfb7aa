package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache hands back the text it was given, sharing one instance for repeats. */
class TextCacheTest {

    private static List<String> read(TextCache cache, String json) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                out.add(cache.text(p));
            }
        }
        return out;
    }

    @Test
    void repeatsShareOneStringAndEveryTextIsReadAsWritten() throws IOException {
        List<String> got = read(new TextCache(256), "[\"us-east-1\",\"eu-west-2\",\"us-east-1\",\"\",\"\\u00e9t\\u00e9\",\"us-east-1\"]");
        assertThat(got).containsExactly("us-east-1", "eu-west-2", "us-east-1", "", "été", "us-east-1");
        assertThat(got.get(2)).isSameAs(got.get(0));
        assertThat(got.get(5)).isSameAs(got.get(0));
    }

    @Test
    void aCollisionNeverReturnsAnotherText() throws IOException {
        // one slot: every text collides with the last
        List<String> got = read(new TextCache(1), "[\"a\",\"b\",\"a\",\"ab\",\"ba\",\"ab\"]");
        assertThat(got).containsExactly("a", "b", "a", "ab", "ba", "ab");
    }

    @Test
    void longTextIsNotCachedButStillRead() throws IOException {
        String longText = "r".repeat(200);
        List<String> got = read(new TextCache(16), "[\"" + longText + "\",\"" + longText + "\"]");
        assertThat(got).containsExactly(longText, longText);
        assertThat(got.get(1)).isNotSameAs(got.get(0));
    }

    /**
     * The hash reads characters two at a time: texts of every length, odd ones too, each read
     * twice in a row, come back as written and the second time as the first one's instance.
     */
    @Test
    void textsOfEveryLengthRepeatAsOneInstance() throws IOException {
        StringBuilder json = new StringBuilder("[");
        List<String> texts = new ArrayList<>();
        for (int len = 1; len <= 12; len++) {
            String t = "us-east-1-xy".substring(0, len);
            String other = t.substring(0, len - 1) + "z"; // differs in the last character only
            for (String x : List.of(t, t, other, other)) {
                texts.add(x);
                json.append(json.length() == 1 ? "" : ",").append('"').append(x).append('"');
            }
        }
        List<String> got = read(new TextCache(1024), json.append(']').toString());
        assertThat(got).isEqualTo(texts);
        for (int i = 0; i < got.size(); i += 2) {
            assertThat(got.get(i + 1)).as(texts.get(i)).isSameAs(got.get(i));
        }
    }

    @Test
    void theSizeMustBeAPowerOfTwo() {
        assertThatThrownBy(() -> new TextCache(100)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    }
}
