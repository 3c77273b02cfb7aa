package dev.cfregions.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP date in any of the three forms RFC 9110 §5.6.7 says a recipient must accept:
 * IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form
 * ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and ANSI C's asctime form
 * ({@code Sun Nov  6 08:49:37 1994}).
 */
final class HttpDate {
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseSensitive()
            .appendPattern("EEE MMM ").padNext(2, ' ').appendValue(ChronoField.DAY_OF_MONTH)
            .appendPattern(" HH:mm:ss yyyy").toFormatter(Locale.US).withZone(ZoneOffset.UTC);

    private HttpDate() {}

    /**
     * @param text the header value, trimmed
     * @param clock today, for the century of an RFC 850 two-digit year
     * @return the instant, or empty when {@code text} is in none of the three forms
     */
    static Optional<Instant> parse(String text, Clock clock) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(clock), ASCTIME}) {
            try {
                return Optional.of(ZonedDateTime.parse(text, f).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * RFC 850 with its two-digit year read as RFC 9110 says: a year that would be more than 50
     * years in the future is the most recent past year with those digits.
     */
    private static DateTimeFormatter rfc850(Clock clock) {
        LocalDate base = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusYears(49);
        return new DateTimeFormatterBuilder().parseCaseSensitive().appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, base).appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    }
}
