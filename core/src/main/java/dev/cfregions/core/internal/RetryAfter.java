package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The wait a response asks for: {@code retry-after-ms} (milliseconds, fractional allowed) when
 * it is a positive number, else {@code Retry-After} as seconds or as an HTTP date. A date in the
 * past, or a header that does not parse, means no wait was asked for.
 */
final class RetryAfter {
    private RetryAfter() {}

    static Optional<Duration> parse(HttpHeaders headers, Clock clock) {
        Optional<String> ms = headers.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            Double v = number(ms.get());
            if (v != null && v > 0) {
                return Optional.of(Duration.ofNanos((long) (v * 1_000_000)));
            }
        }
        Optional<String> ra = headers.firstValue("retry-after");
        if (ra.isEmpty()) {
            return Optional.empty();
        }
        String text = ra.get().trim();
        Double seconds = number(text);
        if (seconds != null) {
            return seconds >= 0 ? Optional.of(Duration.ofNanos((long) (seconds * 1_000_000_000L))) : Optional.empty();
        }
        return HttpDate.parse(text, clock).map(at -> {
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        });
    }

    private static Double number(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 20) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return null;
            }
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) && v < 1e9 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
