package dev.cfregions.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cfregions.core.errors.InvalidIpException;
import dev.cfregions.core.model.BatchItemFailure;
import dev.cfregions.core.model.BatchItemSuccess;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegion;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of both endpoint families: one streaming writer for request bodies and one reader for
 * results, with the IP field spelled as the {@link Family} says. Envelopes are
 * {@link ResponseDecoder}'s; this reads what is inside {@code result}.
 */
final class Codec {
    static final Codec V1 = new Codec(Family.V1);
    static final Codec V2 = new Codec(Family.V2);

    /** Supported regions: the same shape in both families, never wrapped. */
    static final JsonReader<SupportedRegions> SUPPORTED_REGIONS = Codec::supportedRegions;

    /** Regions repeat across a listing; one table for both families, as the names are the same. */
    private static final TextCache REGIONS = new TextCache(256);

    /** The fields of a mapping, in the order the service writes them (batch items lack the last). */
    private static final int IP = 0;
    private static final int VENDOR = 1;
    private static final int REGION = 2;
    private static final int MODIFIED_ON = 3;

    private final Family family;
    private final String inKey;
    private final String outKey;
    private final KnownFields mappingFields;

    /** One mapping, e.g. {@code {"origin_ip":…,"vendor":…,"region":…,"modified_on":…}}. */
    final JsonReader<Mapping> mapping = this::readMapping;
    /** An array of mappings. */
    final JsonReader<List<Mapping>> mappings = p -> Json.readArray(p, "mappings", this::readMapping);
    /** A batch outcome {@code {"succeeded":[…],"failed":[…]}}. */
    final JsonReader<BatchResult> batch = this::readBatch;
    /** The deleted IP of a v2 delete: {@code {"origin_ip":…}}. */
    final JsonReader<OriginIp> deletedIp = this::readDeletedIp;

    private Codec(Family family) {
        this.family = family;
        this.inKey = family.requestIpKey();
        this.outKey = family.responseIpKey();
        this.mappingFields = new KnownFields(outKey, "vendor", "region", "modified_on");
    }

    Family family() {
        return family;
    }

    /** {@code {"<ip key>":…,"vendor":…,"region":…}}: a single write's body. */
    byte[] entry(OriginIp ip, Vendor vendor, String region) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField(inKey, ip.value());
            g.writeStringField("vendor", vendor.value());
            g.writeStringField("region", region);
            g.writeEndObject();
        });
    }

    /** A JSON array of entries: a batch upsert's body. */
    byte[] entries(List<Mapping> items) {
        return Json.write(g -> {
            g.writeStartArray();
            for (Mapping m : items) {
                g.writeStartObject();
                g.writeStringField(inKey, m.ip().value());
                g.writeStringField("vendor", m.vendor().value());
                g.writeStringField("region", m.region());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** A JSON array of IP strings: a batch delete's body, the same in both families. */
    static byte[] ips(List<OriginIp> ips) {
        return Json.write(g -> {
            g.writeStartArray();
            for (OriginIp ip : ips) {
                g.writeString(ip.value());
            }
            g.writeEndArray();
        });
    }

    /** The v1 setting record around {@code value}: {@code {"id":…,"editable":…,"value":…,"modified_on":…}}. */
    static <T> JsonReader<ZoneSetting<T>> setting(JsonReader<T> value) {
        return p -> readSetting(p, value);
    }

    private static <T> ZoneSetting<T> readSetting(JsonParser p, JsonReader<T> valueReader) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "result");
        String id = null;
        Boolean editable = null;
        T value = null;
        Instant modifiedOn = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "id" -> id = Json.requireString(p, "id");
                case "editable" -> editable = Json.requireBoolean(p, "editable");
                case "value" -> value = valueReader.read(p);
                case "modified_on" -> modifiedOn = Json.optionalInstant(p, "modified_on");
                default -> p.skipChildren();
            }
        }
        if (value == null) {
            throw new DecodeException("result has no \"value\"");
        }
        return new ZoneSetting<>(id == null ? ZoneSetting.ID : id, editable == null || editable, value, modifiedOn);
    }

    private Mapping readMapping(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "a mapping");
        String ip = null;
        Vendor vendor = null;
        String region = null;
        Instant modifiedOn = null;
        int expected = IP;
        for (int field; (field = mappingFields.next(p, expected)) != KnownFields.END; ) {
            switch (field) {
                case IP -> ip = Json.requireString(p, outKey);
                case VENDOR -> vendor = knownVendor(p);
                case REGION -> region = regionName(p);
                case MODIFIED_ON -> modifiedOn = Json.optionalInstant(p, "modified_on");
                default -> p.skipChildren();
            }
            expected = field == KnownFields.UNKNOWN ? expected : field + 1;
        }
        if (ip == null || vendor == null || region == null) {
            throw new DecodeException("a mapping lacks \"" + outKey + "\", \"vendor\" or \"region\"");
        }
        return new Mapping(ip(ip), vendor, region, modifiedOn);
    }

    private OriginIp readDeletedIp(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "result");
        String ip = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            if (field.equals(outKey)) {
                ip = Json.requireString(p, outKey);
            } else {
                p.skipChildren();
            }
        }
        if (ip == null) {
            throw new DecodeException("result lacks \"" + outKey + "\"");
        }
        return ip(ip);
    }

    private BatchResult readBatch(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "batch result");
        List<BatchItemSuccess> succeeded = List.of();
        List<BatchItemFailure> failed = List.of();
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "succeeded" -> succeeded = Json.readArray(p, "succeeded", this::success);
                case "failed" -> failed = Json.readArray(p, "failed", this::failure);
                default -> p.skipChildren();
            }
        }
        return new BatchResult(succeeded, failed);
    }

    private BatchItemSuccess success(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "a batch item");
        String ip = null;
        Vendor vendor = null;
        String region = null;
        int expected = IP;
        for (int field; (field = mappingFields.next(p, expected)) != KnownFields.END; ) {
            switch (field) {
                case IP -> ip = Json.requireString(p, outKey);
                case VENDOR -> vendor = p.currentToken() == JsonToken.VALUE_NULL ? null : knownVendor(p);
                case REGION -> region = Json.optionalString(p, "region");
                default -> p.skipChildren(); // a batch item's modified_on is not kept
            }
            expected = field == KnownFields.UNKNOWN ? expected : field + 1;
        }
        if (ip == null) {
            throw new DecodeException("a succeeded item lacks \"" + outKey + "\"");
        }
        return new BatchItemSuccess(ip(ip), vendor, region);
    }

    /** A failed item keeps whatever the service said: its IP may be the raw, unparseable input. */
    private BatchItemFailure failure(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "a batch item");
        String ip = "";
        String error = "";
        String field;
        while ((field = Json.nextField(p)) != null) {
            if (field.equals(outKey)) {
                ip = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : "";
            } else if (field.equals("error")) {
                error = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : "";
            } else {
                p.skipChildren();
            }
        }
        return new BatchItemFailure(ip, error);
    }

    private static SupportedRegions supportedRegions(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "result");
        Boolean obtained = null;
        Map<Vendor, List<SupportedRegion>> vendors = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "obtained_codes" -> obtained = Json.requireBoolean(p, "obtained_codes");
                case "vendors" -> vendors = vendors(p);
                default -> p.skipChildren();
            }
        }
        if (obtained == null || vendors == null) {
            throw new DecodeException("supported regions lack \"obtained_codes\" or \"vendors\"");
        }
        return new SupportedRegions(obtained, vendors);
    }

    private static Map<Vendor, List<SupportedRegion>> vendors(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "vendors");
        Map<Vendor, List<SupportedRegion>> out = new LinkedHashMap<>();
        String field;
        while ((field = Json.nextField(p)) != null) {
            out.put(vendor(field), Json.readArray(p, "vendors." + field, Codec::region));
        }
        return out;
    }

    private static SupportedRegion region(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "a region");
        String name = null;
        List<String> colos = new ArrayList<>();
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "name" -> name = Json.requireString(p, "name");
                case "upper_tier_colos" -> colos = Json.readArray(p, "upper_tier_colos", x -> Json.requireString(x, "upper_tier_colos[]"));
                default -> p.skipChildren();
            }
        }
        if (name == null) {
            throw new DecodeException("a region lacks \"name\"");
        }
        return new SupportedRegion(name, colos);
    }

    private static OriginIp ip(String text) throws DecodeException {
        try {
            return OriginIp.of(text);
        } catch (InvalidIpException e) {
            throw new DecodeException("the service sent an invalid IP: " + e.getMessage());
        }
    }

    /**
     * The vendor of the current string token: one of the known ones matched in the parser's
     * buffer (no {@code String} per mapping), or whatever else the text names.
     */
    private static Vendor knownVendor(JsonParser p) throws IOException, DecodeException {
        Json.requireStringToken(p, "vendor");
        char[] buf = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        List<Vendor> known = Vendor.known();
        for (int i = 0; i < known.size(); i++) {
            if (Json.sameChars(known.get(i).value(), buf, off, len)) {
                return known.get(i);
            }
        }
        return vendor(new String(buf, off, len));
    }

    private static String regionName(JsonParser p) throws IOException, DecodeException {
        Json.requireStringToken(p, "region");
        return REGIONS.text(p);
    }

    private static Vendor vendor(String text) throws DecodeException {
        try {
            return Vendor.of(text);
        } catch (RuntimeException e) {
            throw new DecodeException("the service sent an invalid vendor: " + e.getMessage());
        }
    }
}
