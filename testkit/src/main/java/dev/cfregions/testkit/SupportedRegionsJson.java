package dev.cfregions.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cfregions.core.model.SupportedRegion;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the supported-regions catalog (reference §4.4), and loads the default one
 * bundled with the testkit: four vendors, about ten regions each. That seed is illustrative,
 * not Cloudflare data; a test replaces it with {@code FakeCloudflare.Builder.supportedRegions}.
 */
final class SupportedRegionsJson {
    private static final String DEFAULT_RESOURCE = "supported-regions.json";

    private SupportedRegionsJson() {}

    static SupportedRegions defaultCatalog() {
        try (InputStream in = SupportedRegionsJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("testkit resource " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses either a whole envelope or just its {@code result} object; a wrong shape names the field. */
    static SupportedRegions parse(byte[] json) {
        JsonFields obj = JsonFields.of(Json.parse(json), "");
        if (obj.raw("result") instanceof Map) {
            obj = obj.object("result");
        }
        boolean obtained = obj.bool("obtained_codes", true);
        JsonFields vendorsField = obj.object("vendors");
        Map<Vendor, List<SupportedRegion>> vendors = new LinkedHashMap<>();
        for (String vendor : vendorsField.names()) {
            List<SupportedRegion> list = new ArrayList<>();
            List<?> regions = vendorsField.array(vendor);
            for (int i = 0; i < regions.size(); i++) {
                JsonFields region = JsonFields.of(regions.get(i), vendorsField.pathOf(vendor) + "[" + i + "]");
                list.add(new SupportedRegion(region.string("name"), region.strings("upper_tier_colos")));
            }
            vendors.put(Vendor.of(vendor), list);
        }
        return new SupportedRegions(obtained, vendors);
    }

    static void write(JsonGenerator g, SupportedRegions catalog) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("obtained_codes", catalog.obtainedCodes());
        g.writeObjectFieldStart("vendors");
        for (Map.Entry<Vendor, List<SupportedRegion>> e : catalog.vendors().entrySet()) {
            g.writeArrayFieldStart(e.getKey().value());
            for (SupportedRegion r : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeArrayFieldStart("upper_tier_colos");
                for (String c : r.upperTierColos()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
