package dev.cfregions.core.ranges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpPrefixTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0/0            | 0.0.0.0/0          | 0   | true
            10.0.0.0/8           | 10.0.0.0/8         | 8   | true
            203.0.113.7/32       | 203.0.113.7/32     | 32  | true
            ::/0                 | ::/0               | 0   | false
            2001:DB8::/32        | 2001:db8::/32      | 32  | false
            2001:db8:0:0::/64    | 2001:db8::/64      | 64  | false
            2001:db8::1/128      | 2001:db8::1/128    | 128 | false
            ::c000:200/120       | ::c000:200/120     | 120 | false
            """)
    void parsesAndShowsTheCanonicalForm(String text, String shown, int length, boolean ipv4) {
        IpPrefix p = IpPrefix.parse(text, "cidr");
        assertThat(p).hasToString(shown);
        assertThat(p.length()).isEqualTo(length);
        assertThat(p.isIpv4()).isEqualTo(ipv4);
        assertThat(p).isEqualTo(IpPrefix.parse(shown, "cidr")).hasSameHashCodeAs(IpPrefix.parse(shown, "cidr"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.0             | no '/length'
            10.0.0.0/            | empty prefix length
            10.0.0.0/33          | prefix length above 32
            2001:db8::/129       | prefix length above 128
            10.0.0.0/08          | leading zero
            10.0.0.0/+8          | not a decimal number
            10.0.0.0/-1          | not a decimal number
            10.0.0.0/8/8         | not a decimal number
            10.0.0.0/8x          | not a decimal number
            10.0.0.1/8           | host bits are set after the first 8 bits (the network would be 10.0.0.0/8)
            2001:db8::1/64       | host bits are set after the first 64 bits (the network would be 2001:db8::/64)
            8000::/0             | host bits are set after the first 0 bits (the network would be ::/0)
            10.0.0.256/24        | the address part is invalid: IPv4 octet above 255
            010.0.0.0/8          | the address part is invalid: IPv4 octet has a leading zero
            [2001:db8::]/32      | the address part is invalid
            ::ffff:10.0.0.0/104  | an IPv4-mapped IPv6 prefix
            /8                   | the address part is invalid: empty
            """)
    void refusesWithTheFieldTheTextAndTheReason(String text, String reason) {
        assertThatThrownBy(() -> IpPrefix.parse(text, "ip_prefix"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Invalid ip_prefix \"" + text + "\": ")
                .hasMessageContaining(reason);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> IpPrefix.parse(null, "cidr")).isInstanceOf(ValidationException.class)
                .hasMessage("Invalid cidr (missing): missing");
    }

    @Test
    void containsItsFirstAndLastAddressesAndNothingOutside() {
        IpPrefix v4 = IpPrefix.parse("198.51.100.0/22", "p");
        assertThat(v4.contains(OriginIp.of("198.51.100.0"))).isTrue();
        assertThat(v4.contains(OriginIp.of("198.51.103.255"))).isTrue();
        assertThat(v4.contains(OriginIp.of("198.51.104.0"))).isFalse();
        assertThat(v4.contains(OriginIp.of("198.51.99.255"))).isFalse();
        assertThat(v4.contains(OriginIp.of("::ffff:198.51.101.1"))).as("IPv4-mapped counts as IPv4").isTrue();
        assertThat(v4.contains(OriginIp.of("::c633:6501"))).as("IPv4-compatible is plain IPv6").isFalse();

        IpPrefix v6 = IpPrefix.parse("2001:db8:8000::/33", "p");
        assertThat(v6.contains(OriginIp.of("2001:db8:8000::"))).isTrue();
        assertThat(v6.contains(OriginIp.of("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(v6.contains(OriginIp.of("2001:db8:7fff:ffff:ffff:ffff:ffff:ffff"))).isFalse();
        assertThat(v6.contains(OriginIp.of("2001:db9::"))).isFalse();

        IpPrefix all6 = IpPrefix.parse("::/0", "p");
        assertThat(all6.contains(OriginIp.of("ffff::1"))).isTrue();
        assertThat(all6.contains(OriginIp.of("192.0.2.1"))).as("an IPv4 address is never in an IPv6 prefix").isFalse();
        assertThat(all6.contains(OriginIp.of("::ffff:192.0.2.1"))).as("nor is an IPv4-mapped one").isFalse();
        IpPrefix all4 = IpPrefix.parse("0.0.0.0/0", "p");
        assertThat(all4.contains(OriginIp.of("2001:db8::1"))).isFalse();
        assertThat(all4.contains(OriginIp.of("255.255.255.255"))).isTrue();
    }

    @Test
    void aHostPrefixContainsOnlyItsAddress() {
        IpPrefix p = IpPrefix.parse("2001:db8::1/128", "p");
        assertThat(p.contains(OriginIp.of("2001:db8::1"))).isTrue();
        assertThat(p.contains(OriginIp.of("2001:db8::2"))).isFalse();
        assertThat(p.contains(OriginIp.of("2001:db8::"))).isFalse();
    }
}
