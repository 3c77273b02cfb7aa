package dev.cfregions.core.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses RFC 3339 date-times ({@code 2026-03-01T12:00:00Z}, {@code 2026-03-01T12:00:00.123456+02:00})
 * by hand: every mapping of every list carries one, and a {@code DateTimeFormatter} parse builds
 * a map of parsed fields and resolves it on every call (DESIGN.md puts it at about 1.5 KB; no
 * benchmark here measures either parser yet). Accepts what {@code OffsetDateTime.parse} accepts for RFC 3339 text: {@code T}
 * or {@code t}, {@code Z} or {@code z}, 1 to 9 fraction digits, offsets up to ±18:00; refuses
 * leap seconds, as it does.
 */
final class Rfc3339 {
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private Rfc3339() {}

    /**
     * @param s the text
     * @return the instant it names
     * @throws DateTimeException if {@code s} is not an RFC 3339 date-time
     */
    static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            throw invalid(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw invalid(s);
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int len = i - start;
            if (len == 0 || len > 9) {
                throw invalid(s);
            }
            for (int k = len; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offset = offsetSeconds(s, i);
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            throw invalid(s);
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offset, nanos);
    }

    /** The offset at {@code i} to the end: {@code Z}, or {@code ±HH:MM}. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            return 0;
        }
        if (i != n - 6 || (s.charAt(i) != '+' && s.charAt(i) != '-') || s.charAt(i + 3) != ':') {
            throw invalid(s);
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        int total = hours * 3600 + minutes * 60;
        if (minutes > 59 || total > MAX_OFFSET_SECONDS) {
            throw invalid(s);
        }
        return s.charAt(i) == '-' ? -total : total;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) {
                throw invalid(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static DateTimeException invalid(String s) {
        return new DateTimeException("not an RFC 3339 date-time");
    }
}
