package dev.cfregions.testkit;

/**
 * How many requests a {@link RequestJournal#verify(Count, RequestPattern)} expects: exactly,
 * at least or at most {@code n}, or never. Immutable.
 *
 * @param min the least number accepted
 * @param max the most number accepted, {@link Integer#MAX_VALUE} for no bound
 */
public record Count(int min, int max) {

    /**
     * A range of accepted counts; prefer the factories.
     *
     * @param min the least number accepted, 0 or more
     * @param max the most number accepted, at least {@code min}
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} below it
     */
    public Count {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("A request count needs 0 <= min <= max, got min " + min + ", max " + max);
        }
    }

    /**
     * {@return exactly {@code n} requests}
     *
     * @param n the number, 0 or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Count exactly(int n) {
        return new Count(requireNotNegative(n), n);
    }

    /**
     * {@return {@code n} requests or more}
     *
     * @param n the least number, 0 or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Count atLeast(int n) {
        return new Count(requireNotNegative(n), Integer.MAX_VALUE);
    }

    /**
     * {@return {@code n} requests or fewer, none included}
     *
     * @param n the most number, 0 or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Count atMost(int n) {
        return new Count(0, requireNotNegative(n));
    }

    /** {@return no request at all (the same as {@code exactly(0)})} */
    public static Count never() {
        return exactly(0);
    }

    /**
     * {@return whether {@code actual} requests satisfy this count}
     *
     * @param actual the number received
     */
    public boolean test(int actual) {
        return actual >= min && actual <= max;
    }

    private static int requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A request count cannot be negative, got " + n);
        }
        return n;
    }

    /** {@return how the count reads in a failure message: "exactly 2", "at least 1", "never"} */
    @Override
    public String toString() {
        if (min == max) {
            return min == 0 ? "never" : "exactly " + min;
        }
        if (max == Integer.MAX_VALUE) {
            return "at least " + min;
        }
        return min == 0 ? "at most " + max : "between " + min + " and " + max;
    }
}
