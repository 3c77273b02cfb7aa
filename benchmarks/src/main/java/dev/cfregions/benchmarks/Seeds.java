package dev.cfregions.benchmarks;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.util.ArrayList;
import java.util.List;

/** Mappings for benchmark zones: {@code 10.0.x.y} on aws us-east-1, in order. */
final class Seeds {
    static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
    static final String TOKEN = "benchmark-token";

    private Seeds() {}

    static List<Mapping> mappings(int n) {
        List<Mapping> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Mapping.of(OriginIp.of("10.0." + (i >> 8) + "." + (i & 0xff)), Vendor.AWS, "us-east-1"));
        }
        return out;
    }
}
