package dev.cfregions.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --rate-limit 1200/5m}: at most {@code permits} requests per {@code period}, shared by
 * every request the command makes. Units: {@code s}, {@code m}, {@code h}.
 *
 * @param permits requests allowed per period, at least 1
 * @param period the window, at least one second
 */
public record RateLimitOption(int permits, Duration period) {
    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,8})/([1-9][0-9]{0,5})?([smh])");

    /**
     * Parses {@code N/P} where P is an optional count and a unit, such as {@code 1200/5m} or {@code 4/s}.
     *
     * @param text the option's value
     * @return the limit
     * @throws IllegalArgumentException naming the value and the form wanted
     */
    public static RateLimitOption parse(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--rate-limit wants REQUESTS/PERIOD such as 1200/5m or 10/s, got \"" + text + "\"");
        }
        long count = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
        Duration unit = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
        };
        return new RateLimitOption(Integer.parseInt(m.group(1)), unit.multipliedBy(count));
    }

    /** The picocli converter for {@link #parse}. */
    public static final class Converter implements ITypeConverter<RateLimitOption> {
        /** Creates the converter (picocli instantiates it). */
        public Converter() {}

        @Override
        public RateLimitOption convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
