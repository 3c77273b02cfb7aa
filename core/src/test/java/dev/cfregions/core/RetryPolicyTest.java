package dev.cfregions.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry policy's defaults, its exact backoff formula and its refusals. */
class RetryPolicyTest {
    /** Exactness of the formula, allowing only for double rounding. */
    private static final Duration ROUNDING = Duration.ofNanos(1_000);

    @Test
    void defaults() {
        RetryPolicy p = RetryPolicy.defaults();
        assertThat(p.maxRetries()).isEqualTo(2);
        assertThat(p.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(p.jitter()).isEqualTo(0.25);
        assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.totalDeadline()).isEmpty();
        assertThat(RetryPolicy.builder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    }

    @Test
    void noneNeverRetriesAndKeepsTheOtherDefaults() {
        RetryPolicy none = RetryPolicy.none();
        assertThat(none.maxRetries()).isZero();
        assertThat(none.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(none).isNotEqualTo(RetryPolicy.defaults());
    }

    @Test
    void toBuilderRoundTripsEveryField() {
        RetryPolicy p = RetryPolicy.builder().maxRetries(5).initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(3)).jitter(0.5).maxRetryAfter(Duration.ofSeconds(10))
                .totalDeadline(Duration.ofSeconds(30)).build();
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.totalDeadline()).contains(Duration.ofSeconds(30));
        assertThat(p.toBuilder().totalDeadline(null).build().totalDeadline()).isEmpty();
        assertThat(p.toBuilder().jitter(0.25).build()).isNotEqualTo(p);
        assertThat(p.toString()).contains("maxRetries=5").contains("jitter=0.5");
    }

    // ------------------------------------------------------------------------- backoff

    /** retry | random | expected millis (default policy: 0.5 s doubling, cap 8 s, jitter 0.25). */
    @ParameterizedTest(name = "retry {0}, random {1} -> {2} ms")
    @CsvSource(textBlock = """
            0,  0,     500
            0,  0.999, 375.125
            0,  0.5,   437.5
            1,  0,     1000
            1,  0.999, 750.25
            2,  0,     2000
            2,  0.999, 1500.5
            3,  0,     4000
            4,  0,     8000
            4,  0.999, 6002
            5,  0,     8000
            5,  0.999, 6002
            10, 0,     8000
            30, 0,     8000
            31, 0,     8000
            1000, 0.999, 6002
            2147483647, 0, 8000
            """)
    void backoffFollowsTheFormulaExactly(int retry, double random, double expectedMillis) {
        Duration expected = Duration.ofNanos(Math.round(expectedMillis * 1_000_000));
        Duration actual = RetryPolicy.defaults().backoff(retry, random);
        assertThat(actual).isBetween(expected.minus(ROUNDING), expected.plus(ROUNDING));
    }

    @Test
    void backoffStaysWithinTheJitterBandAndGrowsWithTheRetryNumber() {
        RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(2))
                .jitter(0.4).build();
        for (double random : new double[] {0, 0.1, 0.5, 0.9, 0.999999}) {
            Duration previous = Duration.ZERO;
            for (int retry = 0; retry < 12; retry++) {
                Duration undithered = Duration.ofMillis(Math.min(100L << retry, 2000));
                Duration d = p.backoff(retry, random);
                assertThat(d).as("retry %d random %s", retry, random)
                        .isLessThanOrEqualTo(undithered)
                        .isGreaterThanOrEqualTo(Duration.ofNanos((long) (undithered.toNanos() * 0.6)).minus(ROUNDING))
                        .isGreaterThanOrEqualTo(previous);
                previous = d;
            }
        }
    }

    @Test
    void noJitterMeansTheRandomNumberIsIgnored() {
        RetryPolicy p = RetryPolicy.builder().jitter(0).build();
        assertThat(p.backoff(0, 0.999)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.backoff(2, 0.5)).isEqualTo(Duration.ofSeconds(2));
        RetryPolicy full = RetryPolicy.builder().jitter(1).build();
        assertThat(full.backoff(0, 0.5)).isEqualTo(Duration.ofMillis(250));
        assertThat(full.backoff(0, 0.999)).isPositive();
    }

    @Test
    void aSmallMaxBackoffCapsEvenTheFirstRetry() {
        RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1))
                .jitter(0).build();
        assertThat(p.backoff(0, 0)).isEqualTo(Duration.ofSeconds(1));
    }

    // ------------------------------------------------------------------------- refusals

    @ParameterizedTest
    @ValueSource(ints = {-1, -100, 21, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void maxRetriesOutOfRangeIsRefused(int n) {
        assertRefused(b -> b.maxRetries(n), "maxRetries");
    }

    @Test
    void maxRetriesAtTheBoundsIsAccepted() {
        assertThat(RetryPolicy.builder().maxRetries(0).build().maxRetries()).isZero();
        assertThat(RetryPolicy.builder().maxRetries(20).build().maxRetries()).isEqualTo(RetryPolicy.MAX_RETRIES);
        // one bound for the policy and a call's own setting
        assertThat(RequestOptions.builder().maxRetries(RetryPolicy.MAX_RETRIES).build().maxRetries()).hasValue(20);
        assertThatThrownBy(() -> RequestOptions.builder().maxRetries(RetryPolicy.MAX_RETRIES + 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.value()).isEqualTo("21"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, -1, 2, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN})
    void jitterOutsideZeroToOneIsRefused(double jitter) {
        assertRefused(b -> b.jitter(jitter), "jitter");
    }

    @Test
    void nonPositiveDurationsAreRefused() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-1), Duration.ofNanos(-1))) {
            assertRefused(b -> b.initialBackoff(bad), "initialBackoff");
            assertRefused(b -> b.maxBackoff(bad), "maxBackoff");
            assertRefused(b -> b.totalDeadline(bad), "totalDeadline");
        }
        assertRefused(b -> b.maxRetryAfter(Duration.ofMillis(-1)), "maxRetryAfter");
        // zero is allowed for maxRetryAfter: never sleep on a server-requested wait
        assertThat(RetryPolicy.builder().maxRetryAfter(Duration.ZERO).build().maxRetryAfter()).isZero();
    }

    @Test
    void missingDurationsAreRefusedWithATypedErrorNotANullPointerException() {
        assertRefused(b -> b.initialBackoff(null), "initialBackoff");
        assertRefused(b -> b.maxBackoff(null), "maxBackoff");
        assertRefused(b -> b.maxRetryAfter(null), "maxRetryAfter");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.0001, -1, 1.0, 1.5, 2, Double.NaN, Double.POSITIVE_INFINITY})
    void aRandomNumberOutsideZeroToOneIsRefused(double random) {
        // documented as "a number in [0, 1)"; outside it the jitter could make the wait negative or longer than the cap
        Throwable t = catchThrowable(() -> RetryPolicy.builder().jitter(1).build().backoff(0, random));
        assertThat(t).as("backoff(0, %s)", random).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeRetryNumberIsRefused() {
        Throwable t = catchThrowable(() -> RetryPolicy.defaults().backoff(-1, 0));
        assertThat(t).as("backoff(-1, 0)").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hugeDurationsNeitherOverflowNorEscapeTheCap() {
        Duration millennium = Duration.ofDays(365L * 1000);
        Throwable refused = catchThrowable(() -> RetryPolicy.builder().maxBackoff(millennium).build());
        if (refused != null) {
            assertThat(refused).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxBackoff"));
            return;
        }
        RetryPolicy p = RetryPolicy.builder().maxBackoff(millennium).build();
        Throwable t = catchThrowable(() -> p.backoff(3, 0));
        assertThat(t).as("backoff with maxBackoff of 1000 years").isNull();
        assertThat(p.backoff(3, 0)).isEqualTo(Duration.ofSeconds(4));
    }

    private static void assertRefused(UnaryOperator<RetryPolicy.Builder> change, String name) {
        Throwable t = catchThrowable(() -> change.apply(RetryPolicy.builder()).build());
        assertThat(t).as(name).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(name));
        assertThat(t.getMessage()).contains(name);
    }
}
