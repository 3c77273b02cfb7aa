package dev.cfregions.core.sync;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.util.ArrayList;
import java.util.List;

/** Mappings for sync tests. */
final class Fixtures {
    private Fixtures() {}

    static Mapping m(String ip, Vendor vendor, String region) {
        return Mapping.of(OriginIp.of(ip), vendor, region);
    }

    /** {@code n} distinct IPv4 mappings starting at {@code 10.<from>...}, all aws us-east-1. */
    static List<Mapping> many(int from, int n) {
        List<Mapping> out = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            out.add(m("10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff), Vendor.AWS, "us-east-1"));
        }
        return out;
    }
}
