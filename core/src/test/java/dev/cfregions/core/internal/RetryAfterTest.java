package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Retry-After} as an HTTP date in every form RFC 9110 §5.6.7 requires a recipient to accept. */
class RetryAfterTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private static Optional<Duration> retryAfter(String value) {
        return RetryAfter.parse(HttpHeaders.builder().set("Retry-After", value).build(), NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sun, 01 Mar 2026 12:00:30 GMT", // IMF-fixdate
        "Sunday, 01-Mar-26 12:00:30 GMT", // RFC 850
        "Sun Mar  1 12:00:30 2026" // asctime, day padded with a space
    })
    void eachDateFormGivesTheWaitUntilIt(String value) {
        assertThat(retryAfter(value)).contains(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thu, 12 Mar 2026 12:00:30 GMT", "Thursday, 12-Mar-26 12:00:30 GMT", "Thu Mar 12 12:00:30 2026"})
    void aTwoDigitDayParsesInEachForm(String value) {
        assertThat(retryAfter(value)).contains(Duration.ofDays(11).plusSeconds(30));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sunday, 06-Nov-94 08:49:37 GMT | 0", // 1994: in the past, so no wait
        "Friday, 01-Mar-75 12:00:00 GMT | 1546300800", // 49 years ahead: 2075
        "Tuesday, 01-Mar-77 12:00:00 GMT | 0" // 2077 would be 51 years ahead: read as 1977, in the past
    })
    void anRfc850TwoDigitYearMoreThan50YearsAheadIsInThePast(String value, long seconds) {
        assertThat(retryAfter(value)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun Mar 11 12:00:30 2026 GMT", "Sunday, 01-Mar-2026 12:00:30 GMT",
        "Mon, 01 Mar 2026 12:00:30 GMT", "Sun Mar 12 12:00:30 2026", "tomorrow"})
    void anythingElseIsNoWait(String value) {
        assertThat(retryAfter(value)).isEmpty();
    }
}
