package dev.cfregions.testkit;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared fixtures: the documented zone, a token, the documented timestamp, example files. */
final class FakeTestSupport {
    static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;
    static final String OTHER_ZONE = "0123456789abcdef0123456789abcdef";
    static final String TOKEN = "test-token";
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final String V1 = "/zones/" + ZONE + "/cache/origin_cloud_regions";
    static final String V2 = "/zones/" + ZONE + "/origin/cloud_regions";

    private FakeTestSupport() {}

    /** A fake with a fixed clock at the documented timestamp and {@link #TOKEN} on every zone. */
    static FakeCloudflare newFake() {
        return newFakeBuilder().build();
    }

    /** The builder behind {@link #newFake()}, for tests that add a setting. */
    static FakeCloudflare.Builder newFakeBuilder() {
        return FakeCloudflare.builder()
                .clock(Clock.fixed(T0, ZoneOffset.UTC))
                .token(TOKEN, TokenScope.allZones());
    }

    static Mapping mapping(String ip, String vendor, String region) {
        return Mapping.of(OriginIp.of(ip), Vendor.of(vendor), region);
    }

    static Mapping mapping(String ip, String vendor, String region, String modifiedOn) {
        return new Mapping(OriginIp.of(ip), Vendor.of(vendor), region, Instant.parse(modifiedOn));
    }

    /** A test resource under {@code examples/}, as text. */
    static String example(String name) {
        try (InputStream in = FakeTestSupport.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example file parsed into the same tree {@link Json#parse} gives. */
    static Object exampleJson(String name) {
        return Json.parse(example(name).getBytes(StandardCharsets.UTF_8));
    }

    /** IPv4 number {@code i} in 10.0.0.0/8, for bulk seeding. */
    static String ip(int i) {
        return "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255);
    }
}
