package dev.cfregions.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.errors.InvalidIpException;
import dev.cfregions.core.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples from {@code ip-canonical-form.md} and README §5, each as an in→out case or a
 * rejection, plus the value semantics of {@link OriginIp}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OriginIpTest {

    // ---------------------------------------------------------------- accepted, canonical output

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # from ip-canonical-form.md
            2001:0DB8:0:0:0:0:0:1                   | 2001:db8::1
            2001:db8:0:0:1:0:0:1                    | 2001:db8::1:0:0:1
            2001:db8::1:1:1:1:1                     | 2001:db8:0:1:1:1:1:1
            0:0:0:0:0:0:0:0                         | ::
            ::ffff:c000:0201                        | ::ffff:192.0.2.1
            ::ffff:0:0                              | ::ffff:0.0.0.0
            ::192.0.2.1                             | ::c000:201
            64:ff9b::192.0.2.33                     | 64:ff9b::c000:221
            2001:db8::1:80                          | 2001:db8::1:80
            # from README §5
            192.0.2.1                               | 192.0.2.1
            2001:0DB8:0000:0000:0000:0000:0000:0001 | 2001:db8::1
            2001:db8:0:1:1:1:1:1                    | 2001:db8:0:1:1:1:1:1
            2001:0:0:1:0:0:0:1                      | 2001:0:0:1::1
            2001:DB8::1                             | 2001:db8::1
            2001:db8:0::1                           | 2001:db8::1
            # syntactic only: special-purpose addresses come back unchanged
            127.0.0.1                               | 127.0.0.1
            10.0.0.1                                | 10.0.0.1
            169.254.1.1                             | 169.254.1.1
            0.0.0.0                                 | 0.0.0.0
            255.255.255.255                         | 255.255.255.255
            ::1                                     | ::1
            ::                                      | ::
            fe80::1                                 | fe80::1
            # IPv4-mapped in any notation -> mixed notation, kept IPv6
            ::FFFF:192.0.2.1                        | ::ffff:192.0.2.1
            0:0:0:0:0:ffff:192.0.2.1                | ::ffff:192.0.2.1
            0000:0000:0000:0000:0000:FFFF:C000:0201 | ::ffff:192.0.2.1
            ::ffff:c000:201                         | ::ffff:192.0.2.1
            0::FfFf:c000:201                        | ::ffff:192.0.2.1
            ::ffff:255.255.255.255                  | ::ffff:255.255.255.255
            ::ffff:ffff:ffff                        | ::ffff:255.255.255.255
            # IPv4-compatible, NAT64 and other embedded forms -> hex
            ::0.0.0.1                               | ::1
            ::1.2.3.4                               | ::102:304
            0:0:0:0:0:0:192.0.2.1                   | ::c000:201
            64:ff9b:0:0:0:0:c000:221                | 64:ff9b::c000:221
            ::fffe:192.0.2.1                        | ::fffe:c000:201
            1::ffff:192.0.2.1                       | 1::ffff:c000:201
            ::1:ffff:192.0.2.1                      | ::1:ffff:c000:201
            1:2:3:4:5:6:1.2.3.4                     | 1:2:3:4:5:6:102:304
            ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255 | ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
            # the longest run wins; the first on a tie; a single zero group is never ::
            1:0:0:2:0:0:0:3                         | 1:0:0:2::3
            1:0:0:0:2:0:0:3                         | 1::2:0:0:3
            1:0:0:2:3:0:0:4                         | 1::2:3:0:0:4
            0:0:1:0:0:2:0:0                         | ::1:0:0:2:0:0
            1:0:2:0:3:0:4:0                         | 1:0:2:0:3:0:4:0
            0:1:2:3:4:5:6:7                         | 0:1:2:3:4:5:6:7
            1:2:3:4:5:6:7:0                         | 1:2:3:4:5:6:7:0
            1::2:3:4:5:6:7                          | 1:0:2:3:4:5:6:7
            ::2:3:4:5:6:7:8                         | 0:2:3:4:5:6:7:8
            1:2:3:4:5:6:7::                         | 1:2:3:4:5:6:7:0
            1:2:3:4:5:6::                           | 1:2:3:4:5:6::
            ::2:3:4:5:6:7                           | ::2:3:4:5:6:7
            0:0:0:0:0:0:0:1                         | ::1
            1:0:0:0:0:0:0:0                         | 1::
            # leading zeros dropped, lower case
            0001:00a0:0B00:C000:000D:00e0:0F00:1    | 1:a0:b00:c000:d:e0:f00:1
            ABCD:EF01:2345:6789:ABCD:EF01:2345:6789 | abcd:ef01:2345:6789:abcd:ef01:2345:6789
            """)
    void canonicalizes(String input, String expected) {
        assertThat(OriginIp.canonicalize(input, "ip")).isEqualTo(expected);
        OriginIp ip = OriginIp.of(input);
        assertThat(ip.value()).isEqualTo(expected);
        assertThat(ip.toString()).isEqualTo(expected);
        assertThat(OriginIp.tryParse(input)).contains(ip);
        // the output is canonical: canonicalizing it again gives the same instance
        assertThat(OriginIp.canonicalize(expected, "ip")).isSameAs(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255", "10.20.30.40", "2001:db8::1", "::", "::1",
            "1::", "::ffff:192.0.2.1", "::ffff:0.0.0.0", "2001:db8:0:1:1:1:1:1", "64:ff9b::c000:221",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "1:0:0:2::3"})
    void anAlreadyCanonicalInputIsReturnedAsTheSameInstance(String literal) {
        String s = new String(literal.toCharArray()); // not an interned constant
        assertThat(OriginIp.canonicalize(s, "ip")).isSameAs(s);
        assertThat(OriginIp.of(s).value()).isSameAs(s);
    }

    @Test
    void ipv4MappedStaysIpv6AndIsNeverUnmapped() {
        OriginIp mapped = OriginIp.of("::ffff:192.0.2.1");
        OriginIp plain = OriginIp.of("192.0.2.1");
        assertThat(mapped.isIpv6()).isTrue();
        assertThat(mapped.isIpv4()).isFalse();
        assertThat(mapped).isNotEqualTo(plain);
        assertThat(mapped.toBytes()).hasSize(16);
    }

    // ---------------------------------------------------------------- value semantics

    @Test
    void equalityHashAndOrderFollowTheCanonicalForm() {
        OriginIp a = OriginIp.of("2001:db8::1");
        OriginIp b = OriginIp.of("2001:DB8:0::1");
        OriginIp c = OriginIp.of("2001:0db8:0000:0000:0000:0000:0000:0001");
        assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b).hasSameHashCodeAs(c);
        assertThat(a.compareTo(b)).isZero();
        assertThat(a.toString()).isEqualTo("2001:db8::1");
        assertThat(a).isNotEqualTo(OriginIp.of("2001:db8::2")).isNotEqualTo("2001:db8::1").isNotEqualTo(null);

        List<OriginIp> sorted = new ArrayList<>(List.of(OriginIp.of("::2"), OriginIp.of("10.0.0.1"), OriginIp.of("::1")));
        sorted.sort(null);
        // ordered by canonical text
        assertThat(sorted).extracting(OriginIp::value).containsExactly("10.0.0.1", "::1", "::2");
        assertThat(OriginIp.of("::1").compareTo(OriginIp.of("::2"))).isNegative();
        assertThat(OriginIp.of("::2").compareTo(OriginIp.of("::1"))).isPositive();
    }

    @Test
    void ipv4AndIpv6AreTold() {
        assertThat(OriginIp.of("192.0.2.1").isIpv4()).isTrue();
        assertThat(OriginIp.of("192.0.2.1").isIpv6()).isFalse();
        assertThat(OriginIp.of("::c000:201").isIpv6()).isTrue();
        assertThat(OriginIp.of("::").isIpv6()).isTrue();
    }

    @Test
    void toBytesGivesNetworkOrderAndAFreshArray() {
        assertThat(OriginIp.of("192.0.2.1").toBytes()).containsExactly(192, 0, 2, 1);
        assertThat(OriginIp.of("255.0.128.7").toBytes()).containsExactly(255, 0, 128, 7);
        assertThat(OriginIp.of("2001:db8::1").toBytes())
                .containsExactly(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(OriginIp.of("::ffff:192.0.2.1").toBytes())
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1);
        assertThat(OriginIp.of("::").toBytes()).hasSize(16).containsOnly(0);
        assertThat(OriginIp.of("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe").toBytes())
                .containsExactly(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe);

        OriginIp ip = OriginIp.of("10.0.0.1");
        byte[] first = ip.toBytes();
        first[0] = 99;
        assertThat(ip.toBytes()[0]).isEqualTo((byte) 10);
    }

    // ---------------------------------------------------------------- rejected

    /** Each case: input | a fragment (regex, case-insensitive) the reason must contain. */
    @Nested
    class Rejections {
        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @CsvSource(delimiter = ';', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
                not-an-ip;unexpected character
                10.0.0.0/8;prefix
                2001:db8::/64;prefix
                fe80::1%eth0;zone
                fe80::1%25eth0;zone
                [2001:db8::1];bracket
                [::1]:80;bracket
                1.2.3.4:80;unexpected character ':'
                http://192.0.2.1/;unexpected character
                01.2.3.4;leading zero
                192.168.000.001;leading zero
                192.000.002.001;leading zero
                1.2.3.04;leading zero
                00.0.0.0;leading zero
                256.1.1.1;255
                1.2.3.256;255
                999.1.1.1;255
                1.2.3.1000;3 digits
                127.1;octets
                127.0.1;octets
                1234;octets|3 digits
                3232235521;3 digits
                0x7f.0.0.1;unexpected character 'x'
                0X7F000001;unexpected character 'X'
                0177.0.0.1;3 digits|leading zero
                +1.2.3.4;unexpected character '\\+'
                -1.2.3.4;unexpected character '-'
                1.-2.3.4;unexpected character '-'
                1..2.3;empty
                .1.2.3;empty
                1.2.3.;empty
                1.2.3.4.;more than 4
                1.2.3.4.5;more than 4
                1.2.3.4..;more than 4
                1:2:3:4:5:6:7;expected 8 groups, found 7
                1:2:3:4:5:6:7:8:9;more than 8
                1:2:3:4:5:6:1.2.3.4:5;unexpected character ':'
                1:2:3:4:5:6:7:1.2.3.4;too many groups
                1:2:3:4:5:6:7:8:1.2.3.4;too many groups
                ::1:2:3:4:5:6:1.2.3.4;at least one zero group
                1.2.3.4::;unexpected character ':'
                ::ffff:1.2.3;octets
                ::ffff:01.2.3.4;leading zero
                ::ffff:1.2.3.256;255
                ::ffff:1a.2.3.4;unexpected character 'a'
                00000::1;more than 4 hex digits
                ::00000;more than 4 hex digits
                12345::;more than 4 hex digits
                1:2:3:4:5:6:7:00008;more than 4 hex digits
                1::2::3;more than one '::'
                ::1::;more than one '::'
                :::;':::'
                1:::2;':::'
                ::1:::;':::'|more than one
                :1:2:3:4:5:6:7;single ':'
                :1::;single ':'
                :;single ':'
                1:2:3:4:5:6:7:8:;single ':'
                1::2:;single ':'
                1:;single ':'
                1:2:3:4::5:6:7:8;at least one zero group
                ::1:2:3:4:5:6:7:8;at least one zero group|more than 8
                1:2:3:4:5:6:7:8::;at least one zero group|more than 8
                g::1;unexpected character 'g'
                2001:db8::1:zz;unexpected character 'z'
                2001:db8:::1;':::'
                """)
        void invalidInputIsRejectedWithTheReason(String input, String reasonPattern) {
            InvalidIpException e = rejected(input, "ip");
            assertThat(e.reason()).as("reason of %s", input).containsPattern("(?i)" + reasonPattern);
        }

        @ParameterizedTest(name = "[{index}] {1}")
        @CsvSource(delimiter = '|', textBlock = """
                \\u00201.2.3.4|leading space
                1.2.3.4\\u0020|trailing space
                1.2.\\u00203.4|inner space
                \\t1.2.3.4|leading tab
                1.2.3.4\\t|trailing tab
                1.2.3.4\\n|trailing LF
                1.2.3.4\\r\\n|trailing CRLF
                \\r1.2.3.4|leading CR
                1.2.3.4\\u00a0|trailing NBSP
                \\u00a01.2.3.4|leading NBSP
                1.2.3.4\\u2003|em space
                1.2.3.4\\u0000|NUL
                1.2.3.4\\u000b|vertical tab
                1.2.3.4\\u000c|form feed
                \\u00202001:db8::1|IPv6 leading space
                2001:db8::1\\u0020|IPv6 trailing space
                2001:db8::1\\n|IPv6 trailing LF
                2001:db8\\u0020::1|IPv6 inner space
                2001:\\tdb8::1|IPv6 inner tab
                \\u00a0::1|IPv6 leading NBSP
                ::1\\u3000|IPv6 ideographic space
                """)
        void whitespaceAnywhereIsRejectedNeverTrimmed(String escaped, String description) {
            String input = unescape(escaped);
            InvalidIpException e = rejected(input, "ip");
            assertThat(e.reason()).as(description).containsIgnoringCase("whitespace");
            assertThat(e.value()).as("the value is kept untrimmed").isEqualTo(input);
        }

        @ParameterizedTest(name = "[{index}] {1}")
        @CsvSource(delimiter = '|', textBlock = """
                \uff11.2.3.4|fullwidth 1
                1.2.3.\uff14|fullwidth 4 last
                \u0661\u0669\u0662.0.2.1|Arabic-Indic 192
                1.2.3.\u0664|Arabic-Indic 4
                \u0967.2.3.4|Devanagari 1
                \u09e7.2.3.4|Bengali 1
                \uff12001:db8::1|fullwidth 2 in IPv6
                2001:db8::\uff41|fullwidth a in IPv6
                2001:db8::\u0661|Arabic-Indic 1 in IPv6
                ::ffff:1.2.3.\u0967|Devanagari in embedded IPv4
                \u217b.1.1.1|Roman numeral twelve
                1.2.3.4\u200b|zero-width space
                2001:db8::\u0430|Cyrillic a
                """)
        void nonAsciiDigitsAndLookAlikesAreRejected(String escaped, String description) {
            String input = unescape(escaped);
            InvalidIpException e = rejected(input, "ip");
            assertThat(e.reason()).as(description).containsIgnoringCase("non-ASCII");
        }

        @Test
        void emptyInputIsRejected() {
            InvalidIpException e = rejected("", "ip");
            assertThat(e.reason()).containsIgnoringCase("empty");
            assertThat(e.value()).isEmpty();
        }

        @Test
        void nullIsATypedErrorNotANullPointerException() {
            InvalidIpException e = catchThrowableOfType(InvalidIpException.class, () -> OriginIp.of(null));
            assertThat(e).isNotNull();
            assertThat(e.field()).isEqualTo("ip");
            assertThat(e.value()).isNull();
            assertThat(e.getMessage()).contains("ip").containsIgnoringCase("missing");

            InvalidIpException named = catchThrowableOfType(InvalidIpException.class,
                    () -> OriginIp.canonicalize(null, "items[4].ip"));
            assertThat(named.field()).isEqualTo("items[4].ip");
            assertThat(OriginIp.tryParse(null)).isEmpty();
        }

        @Test
        void inputsLongerThan45CharactersAreRejected() {
            // 45 characters is the longest valid spelling and is accepted
            String longest = "0000:0000:0000:0000:0000:ffff:255.255.255.255";
            assertThat(longest).hasSize(45);
            assertThat(OriginIp.of(longest).value()).isEqualTo("::ffff:255.255.255.255");
            String longestHex = "FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:255.255.255.255";
            assertThat(OriginIp.of(longestHex).value()).isEqualTo("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");

            String tooLong = "0" + longest;
            InvalidIpException e = rejected(tooLong, "ip");
            assertThat(e.reason()).contains("45");
            assertThat(e.value()).isEqualTo(tooLong);
        }

        @Test
        @Timeout(value = 10, unit = TimeUnit.SECONDS)
        void aTenThousandCharacterInputIsRejectedPromptly() {
            List<String> huge = List.of("1".repeat(10_000), ":".repeat(10_000), "1:".repeat(5_000),
                    "1.".repeat(4_999) + "1", "0".repeat(9_990) + "::1", " ".repeat(10_000));
            for (String s : huge) {
                InvalidIpException e = rejected(s, "ip");
                assertThat(e.reason()).contains("45");
                assertThat(e.getMessage()).as("the message is shortened").hasSizeLessThan(1000);

                // the cost must not grow with the length: the length is refused before any character is
                // read, so a bad character at the very end is never reached (shown by the reason, not
                // by a stopwatch, which a loaded machine makes flaky)
                InvalidIpException tail = rejected(s.substring(0, s.length() - 1) + "x", "ip");
                assertThat(tail.reason()).contains("45").doesNotContain("'x'");
            }
        }

        @Test
        void theFieldNameIsCarriedIntoTheError() {
            InvalidIpException e = catchThrowableOfType(InvalidIpException.class,
                    () -> OriginIp.canonicalize("1.2.3", "items[3].ip"));
            assertThat(e.field()).isEqualTo("items[3].ip");
            assertThat(e.value()).isEqualTo("1.2.3");
            assertThat(e.getMessage()).contains("items[3].ip").contains("1.2.3");
        }

        @Test
        void tryParseNeverThrows() {
            for (String s : List.of("", " ", "1.2.3", "[::1]", "fe80::1%1", "x".repeat(1000), "01.1.1.1")) {
                assertThat(OriginIp.tryParse(s)).as(s).isEmpty();
            }
        }
    }

    /** Asserts a typed rejection whose message names the field, the input (as shown) and the reason. */
    static InvalidIpException rejected(String input, String field) {
        InvalidIpException e = catchThrowableOfType(InvalidIpException.class, () -> OriginIp.canonicalize(input, field));
        assertThat(e).as("canonicalize(\"%s\") must throw InvalidIpException", shown(input)).isNotNull();
        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.value()).isEqualTo(input);
        assertThat(e.reason()).isNotBlank();
        assertThat(e.getMessage()).as("message names the field").contains(field)
                .as("message names the input").contains(shown(input))
                .as("message gives the reason").contains(e.reason());
        assertThat(OriginIp.tryParse(input)).isEmpty();
        InvalidIpException viaOf = catchThrowableOfType(InvalidIpException.class, () -> OriginIp.of(input));
        assertThat(viaOf).as("OriginIp.of(\"%s\")", shown(input)).isNotNull();
        return e;
    }

    /**
     * How an input must appear in the message: printable ASCII as is, anything else (space,
     * controls, non-ASCII) as a visible escape, so that a stray space cannot hide. Long inputs
     * may be shortened, so only their first 40 characters are required.
     */
    static String shown(String input) {
        String head = input.length() > 40 ? input.substring(0, 40) : input;
        StringBuilder sb = new StringBuilder();
        for (char c : head.toCharArray()) {
            if (c > ' ' && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** Turns the {@code \t \r \n \\uXXXX} escapes of a CSV cell into characters. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                switch (n) {
                    case 't' -> { sb.append('\t'); i++; }
                    case 'r' -> { sb.append('\r'); i++; }
                    case 'n' -> { sb.append('\n'); i++; }
                    case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16)); i += 5; }
                    default -> sb.append(c);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
