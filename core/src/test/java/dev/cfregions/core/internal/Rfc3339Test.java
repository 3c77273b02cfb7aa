package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand parser agrees with the JDK's on RFC 3339 text, and refuses what RFC 3339 refuses. */
class Rfc3339Test {

    /** The JDK's reading, or null when it refuses. */
    private static Instant jdk(String s) {
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant ours(String s) {
        try {
            return Rfc3339.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A JSON parser hands over its own buffer: the parse reads its slice and nothing past it. */
    @Test
    void readsOnlyItsSliceOfABuffer() {
        char[] buf = "xx2026-03-01T12:00:00.5Zyy".toCharArray();
        assertThat(Rfc3339.parse(buf, 2, 22)).isEqualTo(Instant.parse("2026-03-01T12:00:00.5Z"));
        char[] cut = "2026-03-01T12:00:00.5".toCharArray();
        assertThatThrownBy(() -> Rfc3339.parse(cut, 0, cut.length)).isInstanceOf(DateTimeException.class);
        char[] offsetCut = "2026-03-01T12:00:00+05:30".toCharArray();
        assertThatThrownBy(() -> Rfc3339.parse(offsetCut, 0, offsetCut.length - 1)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-03-01T12:00:00Z", "2026-03-01t12:00:00z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "2024-02-29T23:59:59.999999999Z", "2026-03-01T12:00:00.1Z", "2026-03-01T12:00:00.123456+02:00",
        "2026-03-01T00:30:00-05:30", "2026-03-01T00:00:00+18:00", "2026-03-01T00:00:00-18:00", "1969-12-31T23:59:59.5Z",
        "2026-03-01T12:00:00+00:00", "2026-03-01T12:00:00-00:00", "2000-02-29T12:00:00Z"})
    void agreesWithTheJdkOnValidText(String s) {
        assertThat(jdk(s)).isNotNull();
        assertThat(Rfc3339.parse(s)).isEqualTo(jdk(s));
        assertThat(Rfc3339.parse(s)).isEqualTo(Instant.parse(s.toUpperCase(java.util.Locale.ROOT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "2026-03-01", "2026-03-01T12:00:00", "2026-03-01 12:00:00Z", "2026-13-01T12:00:00Z", "2026-02-29T12:00:00Z",
        "2026-04-31T12:00:00Z", "2026-03-00T12:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T12:60:00Z", "2026-03-01T12:00:60Z",
        "2026-03-01T12:00:00.Z", "2026-03-01T12:00:00.1234567890Z", "2026-03-01T12:00:00+18:01", "2026-03-01T12:00:00+19:00",
        "2026-03-01T12:00:00+05:60", "2026-03-01T12:00:00+0500", "2026-03-01T12:00:00+05", "2026-03-01T12:00:00ZZ",
        "2026-03-01T12:00:00Z ", " 2026-03-01T12:00:00Z", "26-03-01T12:00:00Z", "2026-3-01T12:00:00Z", "2026-03-01T1:00:00Z",
        "+2026-03-01T12:00:00Z", "2026-03-01T12:00:0aZ", "2026-03-01T12:00Z", "2026-03-01T12:00:00+05:30:15", "２０２６-03-01T12:00:00Z",
        "2026-03-01T12:00:00.１Z", "2026/03/01T12:00:00Z", "2026-03-01T12:00:00UTC"})
    void refusesWhatRfc3339Refuses(String s) {
        assertThatThrownBy(() -> Rfc3339.parse(s)).isInstanceOf(DateTimeException.class);
    }

    /**
     * Random RFC 3339-shaped text, valid or a little off (month 13, day 32, hour 25, offset
     * +19:00, ten fraction digits...): both parsers accept the same texts and read them alike.
     */
    @Test
    void agreesWithTheJdkOnManyGeneratedInputs() {
        Random random = new Random(3339);
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            s.append(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
            s.append(random.nextInt(20) == 0 ? 't' : 'T');
            s.append(String.format("%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)));
            if (random.nextBoolean()) {
                int digits = 1 + random.nextInt(10); // RFC 3339 wants a digit after "." (the JDK does not): see the list above
                s.append('.');
                for (int d = 0; d < digits; d++) {
                    s.append((char) ('0' + random.nextInt(10)));
                }
            }
            switch (random.nextInt(4)) {
                case 0 -> s.append(random.nextInt(10) == 0 ? 'z' : 'Z');
                default -> s.append(random.nextBoolean() ? '+' : '-')
                        .append(String.format("%02d:%02d", random.nextInt(20), random.nextInt(62)));
            }
            String text = s.toString();
            Instant expected = jdk(text);
            Instant actual = ours(text);
            if (expected != null) {
                valid++;
            }
            if (expected == null ? actual != null : !expected.equals(actual)) {
                disagreements.add(text + ": jdk " + expected + ", ours " + actual);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(valid).as("enough valid inputs to mean something").isGreaterThan(500);
    }

    /** The characters either side of the digits, at every digit position: the digit test has no gap at its edges. */
    @Test
    void refusesTheNeighboursOfTheDigitsAtEveryDigitPosition() {
        String valid = "2026-03-01T12:00:00.123+05:30";
        assertThat(Rfc3339.parse(valid)).isEqualTo(jdk(valid));
        for (int i = 0; i < valid.length(); i++) {
            if (!Character.isDigit(valid.charAt(i))) {
                continue;
            }
            for (char c : new char[] {'/', ':', (char) ('0' - 48), (char) ('9' + 1 + 65_000)}) {
                String s = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(ours(s)).as(s).isNull();
            }
        }
    }
}
