package dev.cfregions.cli;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.TokenScope;
import java.util.ArrayList;
import java.util.List;

/** The loopback fake the CLI tests talk to, and mappings to fill it with. */
final class FakeZone {
    static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;
    static final String TOKEN = "cli-test-token-0123456789";

    private FakeZone() {}

    static FakeCloudflare start() {
        return FakeCloudflare.builder().token(TOKEN, TokenScope.allZones()).port(0).build().start();
    }

    /** {@code 10.x.y.z} on aws us-east-1, {@code n} of them from {@code from}. */
    static List<Mapping> many(int from, int n) {
        List<Mapping> out = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            out.add(Mapping.of(OriginIp.of("10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff)), Vendor.AWS, "us-east-1"));
        }
        return out;
    }

    static String csv(List<Mapping> mappings) {
        StringBuilder b = new StringBuilder("ip,vendor,region\n");
        for (Mapping m : mappings) {
            b.append(m.ip().value()).append(',').append(m.vendor().value()).append(',').append(m.region()).append('\n');
        }
        return b.toString();
    }

    /** The common options for {@code family} against {@code fake}, followed by {@code rest}. */
    static String[] args(FakeCloudflare fake, String family, String command, String... rest) {
        List<String> a = new ArrayList<>(List.of(command, "--zone", ZONE, "--api-base", fake.baseUrl(), "--api-family", family));
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }
}
