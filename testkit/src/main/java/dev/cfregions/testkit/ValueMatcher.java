package dev.cfregions.testkit;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a header, query parameter or body field of a {@link RequestPattern} must be: equal to a
 * text, containing one, matching a regular expression, or absent. Immutable and thread-safe.
 *
 * <pre>{@code
 * RequestPattern.builder()
 *         .header("Content-Type", ValueMatcher.containing("json"))
 *         .query("per_page", ValueMatcher.equalTo("100"))
 *         .header("If-Match", ValueMatcher.absent())
 *         .build();
 * }</pre>
 */
public final class ValueMatcher {
    private enum Kind { EQUAL_TO, CONTAINING, MATCHING, ABSENT }

    private final Kind kind;
    private final String expected;
    private final Pattern regex;

    private ValueMatcher(Kind kind, String expected, Pattern regex) {
        this.kind = kind;
        this.expected = expected;
        this.regex = regex;
    }

    /**
     * {@return a matcher for a value exactly equal to {@code text}}
     *
     * @param text the expected value
     * @throws NullPointerException if {@code text} is null
     */
    public static ValueMatcher equalTo(String text) {
        return new ValueMatcher(Kind.EQUAL_TO, Objects.requireNonNull(text, "equalTo: text"), null);
    }

    /**
     * {@return a matcher for a value that contains {@code text}}
     *
     * @param text the text the value must contain
     * @throws NullPointerException if {@code text} is null
     */
    public static ValueMatcher containing(String text) {
        return new ValueMatcher(Kind.CONTAINING, Objects.requireNonNull(text, "containing: text"), null);
    }

    /**
     * {@return a matcher for a value that the regular expression matches as a whole}
     *
     * @param regex a {@link Pattern} expression, matched against the whole value
     * @throws IllegalArgumentException if {@code regex} is not a valid expression
     * @throws NullPointerException if {@code regex} is null
     */
    public static ValueMatcher matching(String regex) {
        Objects.requireNonNull(regex, "matching: regex");
        try {
            return new ValueMatcher(Kind.MATCHING, regex, Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("matching: \"" + regex + "\" is not a regular expression: "
                    + e.getDescription(), e);
        }
    }

    /** {@return a matcher that matches only when there is no value at all} */
    public static ValueMatcher absent() {
        return new ValueMatcher(Kind.ABSENT, null, null);
    }

    /**
     * Whether a value matches.
     *
     * @param value the value, or null when there is none
     * @return whether it matches: {@link #absent()} only null, the others only a matching value
     */
    public boolean test(String value) {
        if (kind == Kind.ABSENT || value == null) {
            return (kind == Kind.ABSENT) == (value == null);
        }
        return switch (kind) {
            case EQUAL_TO -> value.equals(expected);
            case CONTAINING -> value.contains(expected);
            default -> regex.matcher(value).matches();
        };
    }

    /** Whether this is {@link #absent()}. */
    boolean isAbsent() {
        return kind == Kind.ABSENT;
    }

    /** This matcher described with its expected text hidden, for secret headers. */
    String redacted() {
        return kind == Kind.ABSENT ? toString() : describe(RequestJournal.REDACTED);
    }

    private String describe(String text) {
        return switch (kind) {
            case EQUAL_TO -> "equal to \"" + text + "\"";
            case CONTAINING -> "containing \"" + text + "\"";
            case MATCHING -> "matching /" + text + "/";
            default -> "absent";
        };
    }

    /** {@return how the matcher reads in a failure message, e.g. {@code containing "json"}} */
    @Override
    public String toString() {
        return describe(expected);
    }

    /**
     * {@return whether {@code o} is a matcher of the same kind and text}
     *
     * @param o another object
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ValueMatcher m && m.kind == kind && Objects.equals(m.expected, expected);
    }

    /** {@return a hash consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(kind, expected);
    }
}
