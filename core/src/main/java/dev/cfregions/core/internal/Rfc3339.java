package dev.cfregions.core.internal;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Parses RFC 3339 date-times ({@code 2026-03-01T12:00:00Z}, {@code 2026-03-01T12:00:00.123456+02:00})
 * by hand: every mapping of every list carries one, and a {@code DateTimeFormatter} parse builds
 * a map of parsed fields and resolves it on every call (DESIGN.md puts it at about 1.5 KB).
 * Accepts what {@code OffsetDateTime.parse} accepts for RFC 3339 text: {@code T} or {@code t},
 * {@code Z} or {@code z}, 1 to 9 fraction digits, offsets up to ±18:00; refuses leap seconds,
 * as it does.
 */
final class Rfc3339 {
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    /** What {@code n} fraction digits are multiplied by to make nanoseconds. */
    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Rfc3339() {}

    /**
     * @param s the text
     * @return the instant it names
     * @throws DateTimeException if {@code s} is not an RFC 3339 date-time
     */
    static Instant parse(String s) {
        return parse(s.toCharArray(), 0, s.length());
    }

    /**
     * Parses characters in place, as a streaming JSON parser holds them, so that reading a
     * mapping's {@code modified_on} makes no {@code String}.
     *
     * @param buf the characters
     * @param off where the text starts
     * @param n how long it is
     * @return the instant it names
     * @throws DateTimeException if the text is not an RFC 3339 date-time
     */
    static Instant parse(char[] buf, int off, int n) {
        if (n < 20 || buf[off + 4] != '-' || buf[off + 7] != '-' || (buf[off + 10] | 0x20) != 't'
                || buf[off + 13] != ':' || buf[off + 16] != ':') {
            throw invalid();
        }
        // every field read before one test: a listing parses thousands of these, all valid
        int century = twoDigits(buf, off);
        int yearOfCentury = twoDigits(buf, off + 2);
        int month = twoDigits(buf, off + 5);
        int day = twoDigits(buf, off + 8);
        int hour = twoDigits(buf, off + 11);
        int minute = twoDigits(buf, off + 14);
        int second = twoDigits(buf, off + 17);
        if ((century | yearOfCentury | month | day | hour | minute | second) < 0) {
            throw invalid();
        }
        int year = century * 100 + yearOfCentury;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            throw invalid();
        }
        int i = 19;
        int nanos = 0;
        if (buf[off + i] == '.') {
            int start = ++i;
            int d;
            while (i < n && (d = digit(buf[off + i])) >= 0) {
                nanos = nanos * 10 + d;
                i++;
            }
            int len = i - start;
            if (len == 0 || len > 9) {
                throw invalid();
            }
            nanos *= SCALE[len];
        }
        int offset = offsetSeconds(buf, off, i, n);
        long seconds = epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second - offset;
        // the two-argument form normalizes its nanoseconds by dividing them: whole seconds, the usual case, need none
        return nanos == 0 ? Instant.ofEpochSecond(seconds) : Instant.ofEpochSecond(seconds, nanos);
    }

    /** The offset at {@code i} to the end: {@code Z}, or {@code ±HH:MM}. */
    private static int offsetSeconds(char[] buf, int off, int i, int n) {
        if (i >= n) { // a parser's buffer goes on past the text: never read beyond it
            throw invalid();
        }
        char c = buf[off + i];
        if (i == n - 1 && (c == 'Z' || c == 'z')) {
            return 0;
        }
        if (i != n - 6 || (c != '+' && c != '-') || buf[off + i + 3] != ':') {
            throw invalid();
        }
        int hours = twoDigits(buf, off + i + 1);
        int minutes = twoDigits(buf, off + i + 4);
        int total = hours * 3600 + minutes * 60;
        if ((hours | minutes) < 0 || minutes > 59 || total > MAX_OFFSET_SECONDS) {
            throw invalid();
        }
        return c == '-' ? -total : total;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days since 1970-01-01 of a valid proleptic Gregorian date, by the civil-from-days inverse
     * (Hinnant), which {@code LocalDate.toEpochDay} computes too, without making the object.
     */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** The number two decimal digits at {@code at} spell, or a negative number when they are not two digits. */
    private static int twoDigits(char[] buf, int at) {
        int high = buf[at] - '0';
        int low = buf[at + 1] - '0';
        // negative when either is below '0' or above '9': one test instead of four
        return (high | low | (9 - high) | (9 - low)) < 0 ? -1 : high * 10 + low;
    }

    /** The value of a decimal digit, or -1. */
    private static int digit(char c) {
        int d = c - '0';
        return (d | (9 - d)) < 0 ? -1 : d;
    }

    private static DateTimeException invalid() {
        return new DateTimeException("not an RFC 3339 date-time");
    }
}
