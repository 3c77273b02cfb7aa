package dev.cfregions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Globs compare paths decoded, IP segments by their canonical form. */
class PathGlobTest {
    private static final String V2 = "/client/v4/zones/" + FakeTestSupport.ZONE + "/origin/cloud_regions/";

    @Test
    void anIpv6GlobMatchesThePercentEncodedPathAClientSends() {
        PathGlob glob = PathGlob.of("/zones/*/origin/cloud_regions/2001:db8::1");
        assertThat(glob.matches(V2 + "2001%3Adb8%3A%3A1")).isTrue();
        assertThat(glob.matches(V2 + "2001%3adb8%3a%3a1")).as("lower-case escapes").isTrue();
        assertThat(glob.matches(V2 + "2001:db8::1")).as("sent unencoded").isTrue();
        assertThat(glob.matches(V2 + "2001%3Adb8%3A%3A2")).isFalse();
    }

    @Test
    void aNonCanonicalSpellingMatchesByItsCanonicalForm() {
        PathGlob glob = PathGlob.of("/zones/*/origin/cloud_regions/2001:db8::1");
        assertThat(glob.matches(V2 + "2001:DB8:0::1")).isTrue();
        assertThat(glob.matches(V2 + "2001%3ADB8%3A0%3A0%3A0%3A0%3A0%3A1")).isTrue();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/2001:DB8:0:0::1").matches(V2 + "2001%3Adb8%3A%3A1"))
                .as("the glob's IP is canonicalized too").isTrue();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/::ffff:192.0.2.1").matches(V2 + "%3A%3Affff%3Ac000%3A201"))
                .as("IPv4-mapped, written in hex").isTrue();
    }

    @Test
    void aGlobWrittenEncodedStillMatches() {
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/2001%3Adb8%3A%3A1").matches(V2 + "2001:DB8::1")).isTrue();
    }

    @Test
    void otherSegmentsAreComparedDecodedAsText() {
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions").matches("/client/v4/zones/z/origin/cloud%5Fregions")).isTrue();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions").matches("/client/v4/zones/z/origin/Cloud_Regions")).isFalse();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/192.0.2.1").matches(V2 + "192.0.2.01"))
                .as("not an IP (leading zero): compared as text").isFalse();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/192.0.2.01").matches(V2 + "192.0.2.01")).isTrue();
    }

    @Test
    void wildcardsKeepTheirMeaning() {
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/*").matches(V2 + "2001%3Adb8%3A%3A1")).isTrue();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/2001:db8::*").matches(V2 + "2001%3ADB8%3A%3A1"))
                .as("* within a segment sees the canonical IP").isTrue();
        assertThat(PathGlob.of("/zones/*/cache/origin_cloud_regions**").matches("/client/v4/zones/z/cache/origin_cloud_regions/batch"))
                .isTrue();
        assertThat(PathGlob.of("/zones/*").matches("/client/v4/zones/a/b")).isFalse();
        assertThat(PathGlob.of(null).matches("/anything/at/all")).isTrue();
    }

    @Test
    void aSegmentThatCannotBeDecodedIsComparedAsSent() {
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/fe80::1%eth0").matches(V2 + "fe80::1%eth0")).isTrue();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/a%2Fb").matches(V2 + "a%2Fb"))
                .as("an encoded slash stays one segment").isTrue();
        assertThat(PathGlob.of("/zones/*/origin/cloud_regions/*").matches(V2 + "a%2Fb")).isTrue();
    }
}
