package dev.cfregions.core.ranges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.OriginIp;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link OriginIp#highBits()} and {@link OriginIp#lowBits()}, which the range lookup reads instead of parsing. */
class OriginIpBitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0                 | 0000000000000000 | 0000ffff00000000
            192.0.2.1               | 0000000000000000 | 0000ffffc0000201
            255.255.255.255         | 0000000000000000 | 0000ffffffffffff
            ::ffff:192.0.2.1        | 0000000000000000 | 0000ffffc0000201
            ::                      | 0000000000000000 | 0000000000000000
            ::1                     | 0000000000000000 | 0000000000000001
            ::c000:201              | 0000000000000000 | 00000000c0000201
            2001:db8::1             | 20010db800000000 | 0000000000000001
            ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | ffffffffffffffff | ffffffffffffffff
            8000::8000:0:0:0        | 8000000000000000 | 8000000000000000
            """)
    void bitsOfKnownAddresses(String text, String high, String low) {
        OriginIp ip = OriginIp.of(text);
        assertThat(Long.toHexString(ip.highBits())).isEqualTo(Long.toHexString(Long.parseUnsignedLong(high, 16)));
        assertThat(Long.toHexString(ip.lowBits())).isEqualTo(Long.toHexString(Long.parseUnsignedLong(low, 16)));
    }

    @Test
    void anIpv4AddressAndItsMappedFormShareTheirBitsButNotTheirText() {
        OriginIp v4 = OriginIp.of("203.0.113.7");
        OriginIp mapped = OriginIp.of("::FFFF:cb00:7107");
        assertThat(mapped.value()).isEqualTo("::ffff:203.0.113.7");
        assertThat(mapped.highBits()).isEqualTo(v4.highBits());
        assertThat(mapped.lowBits()).isEqualTo(v4.lowBits());
        assertThat(v4.isIpv4()).isTrue();
        assertThat(mapped.isIpv4()).isFalse();
    }

    @Test
    void bitsAgreeWithToBytesForRandomAddressesInAnySpelling() {
        Random random = new Random(16);
        for (int i = 0; i < 2_000; i++) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            if (i % 4 == 0) {
                java.util.Arrays.fill(b, 0, 8, (byte) 0); // many zero groups: '::' spellings
            }
            StringBuilder full = new StringBuilder();
            for (int g = 0; g < 8; g++) {
                full.append(g == 0 ? "" : ":").append(String.format("%04X", ((b[2 * g] & 0xff) << 8) | (b[2 * g + 1] & 0xff)));
            }
            OriginIp ip = OriginIp.of(full.toString());
            BigInteger expected = new BigInteger(1, ip.toBytes());
            assertThat(expected).isEqualTo(new BigInteger(1, b));
            assertThat(unsigned(ip.highBits()).shiftLeft(64).or(unsigned(ip.lowBits())))
                    .as(full.toString()).isEqualTo(expected);
            // OriginIp.of of the canonical text gives the same bits
            OriginIp again = OriginIp.of(ip.value());
            assertThat(again.highBits()).isEqualTo(ip.highBits());
            assertThat(again.lowBits()).isEqualTo(ip.lowBits());
        }
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }
}
