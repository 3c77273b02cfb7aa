package dev.cfregions.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headers are found ignoring case, keep their first spelling and order, and stay so past the scan limit. */
class HttpHeadersTest {
    @Test
    void lookupsIgnoreCaseAndNamesKeepTheirFirstSpelling() {
        HttpHeaders h = HttpHeaders.builder().add("Content-Type", "a").add("content-type", "b").add("X-Ray", "1").build();
        assertThat(h.firstValue("CONTENT-TYPE")).contains("a");
        assertThat(h.allValues("content-TYPE")).containsExactly("a", "b");
        assertThat(h.contains("x-ray")).isTrue();
        assertThat(h.contains("X-Rays")).isFalse();
        assertThat(h.firstValue("missing")).isEmpty();
        assertThat(h.allValues("missing")).isEmpty();
        assertThat(h.names()).containsExactly("Content-Type", "X-Ray");
        assertThat(h.size()).isEqualTo(2);
        List<String> pairs = new ArrayList<>();
        h.forEach((n, v) -> pairs.add(n + "=" + v));
        assertThat(pairs).containsExactly("Content-Type=a", "Content-Type=b", "X-Ray=1");
    }

    @Test
    void setReplacesEveryValueAndMovesTheFieldLastWithTheNewSpelling() {
        HttpHeaders h = HttpHeaders.builder().add("Accept", "x").add("B", "1").add("accept", "y").set("ACCEPT", "z").build();
        assertThat(h.names()).containsExactly("B", "ACCEPT");
        assertThat(h.allValues("accept")).containsExactly("z");
        assertThat(h.toBuilder().remove("b").build().names()).containsExactly("ACCEPT");
    }

    @Test
    void lettersOnlyMatchTheirOwnOtherCase() {
        // '[' is 'Z' + 1 and '{' is 'z' + 1: a sloppy case fold would take them for letters
        HttpHeaders h = HttpHeaders.builder().add("X-[", "1").add("a@", "2").build();
        assertThat(h.contains("x-{")).isFalse();
        assertThat(h.contains("x-[")).isTrue();
        assertThat(h.contains("A`")).isFalse();
        assertThat(h.contains("A@")).isTrue();
    }

    @Test
    void aNameWithOtherCharactersIsLowerCasedBeforeItIsCompared() {
        // U+212A KELVIN SIGN lower-cases to 'k' under Locale.ROOT, as the map-based headers compared
        HttpHeaders h = HttpHeaders.builder().add("K-Id", "1").build();
        assertThat(h.firstValue("\u212A-id")).contains("1");
        assertThat(h.toBuilder().remove("\u212A-ID").build().isEmpty()).isTrue();
        assertThat(h.contains("\u00c9-Id")).isFalse();
    }

    @Test
    void manyFieldsStayCorrectPastTheScanLimitAndAfterRemovals() {
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (int i = 0; i < 40; i++) {
            b.add("X-H" + i, "v" + i);
        }
        b.add("x-h7", "again").remove("X-H3").set("x-h20", "new").add("X-H41", "last");
        HttpHeaders h = b.build();
        assertThat(h.size()).isEqualTo(40);
        assertThat(h.allValues("x-H7")).containsExactly("v7", "again");
        assertThat(h.contains("x-h3")).isFalse();
        assertThat(h.allValues("X-H20")).containsExactly("new");
        assertThat(h.names().get(38)).isEqualTo("x-h20");
        assertThat(h.names().get(39)).isEqualTo("X-H41");
        assertThat(h.firstValue("x-h39")).contains("v39");
    }

    @Test
    void equalityIgnoresCaseAndOrderOfFieldsButNotOfValues() {
        HttpHeaders a = HttpHeaders.builder().add("A", "1").add("B", "2").add("B", "3").build();
        HttpHeaders b = HttpHeaders.builder().add("b", "2").add("b", "3").add("a", "1").build();
        HttpHeaders c = HttpHeaders.builder().add("b", "3").add("b", "2").add("a", "1").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(HttpHeaders.builder().build()).isSameAs(HttpHeaders.empty());
    }

    @Test
    void aBuilderFromHeadersIsACopy() {
        HttpHeaders a = HttpHeaders.builder().add("A", "1").build();
        HttpHeaders.Builder b = a.toBuilder().add("A", "2");
        assertThat(a.allValues("A")).containsExactly("1");
        assertThat(b.build().allValues("a")).containsExactly("1", "2");
        assertThatThrownBy(() -> a.allValues("A").add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badNamesAndValuesAreRefusedByName() {
        assertThatThrownBy(() -> HttpHeaders.builder().add("Bad Name", "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 3");
        assertThatThrownBy(() -> HttpHeaders.builder().add("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpHeaders.builder().add("X-A", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("X-A");
        assertThatThrownBy(() -> HttpHeaders.empty().firstValue(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }
}
