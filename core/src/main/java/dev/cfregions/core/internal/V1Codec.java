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
import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of the {@code /cache/origin_cloud_regions} family: request bodies name the IP
 * {@code ip}, responses name it {@code origin-ip} and wrap results in the setting record.
 */
public final class V1Codec {
    private V1Codec() {}

    /** {@code {"ip":…,"vendor":…,"region":…}} */
    public static byte[] entry(OriginIp ip, Vendor vendor, String region) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("ip", ip.value());
            g.writeStringField("vendor", vendor.value());
            g.writeStringField("region", region);
            g.writeEndObject();
        });
    }

    /** A JSON array of entries. */
    public static byte[] entries(List<Mapping> items) {
        return Json.write(g -> {
            g.writeStartArray();
            for (Mapping m : items) {
                g.writeStartObject();
                g.writeStringField("ip", m.ip().value());
                g.writeStringField("vendor", m.vendor().value());
                g.writeStringField("region", m.region());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** A JSON array of IP strings (the batch delete body). */
    public static byte[] ips(List<OriginIp> ips) {
        return Json.write(g -> {
            g.writeStartArray();
            for (OriginIp ip : ips) {
                g.writeString(ip.value());
            }
            g.writeEndArray();
        });
    }

    public static ZoneSetting<List<Mapping>> mappingList(HttpResponse r, Clock clock) {
        return ResponseDecoder.decode(r, p -> setting(p, V1Codec::mappings), clock);
    }

    public static ZoneSetting<Mapping> mapping(HttpResponse r, Clock clock) {
        return ResponseDecoder.decode(r, p -> setting(p, V1Codec::mapping), clock);
    }

    public static ZoneSetting<BatchResult> batch(HttpResponse r, Clock clock) {
        return ResponseDecoder.decode(r, p -> setting(p, V1Codec::batchResult), clock);
    }

    public static SupportedRegions supportedRegions(HttpResponse r, Clock clock) {
        return ResponseDecoder.decode(r, V1Codec::supportedRegions, clock);
    }

    /** The typed exception a non-2xx response stands for. */
    public static RuntimeException error(HttpResponse r, Clock clock) {
        return ResponseDecoder.toException(r, clock);
    }

    private static <T> ZoneSetting<T> setting(JsonParser p, JsonReader<T> valueReader) throws IOException, DecodeException {
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

    private static List<Mapping> mappings(JsonParser p) throws IOException, DecodeException {
        return Json.readArray(p, "value", V1Codec::mapping);
    }

    private static Mapping mapping(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "a mapping");
        String ip = null;
        String vendor = null;
        String region = null;
        Instant modifiedOn = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "origin-ip" -> ip = Json.requireString(p, "origin-ip");
                case "vendor" -> vendor = Json.requireString(p, "vendor");
                case "region" -> region = Json.requireString(p, "region");
                case "modified_on" -> modifiedOn = Json.optionalInstant(p, "modified_on");
                default -> p.skipChildren();
            }
        }
        if (ip == null || vendor == null || region == null) {
            throw new DecodeException("a mapping lacks \"origin-ip\", \"vendor\" or \"region\"");
        }
        return new Mapping(ip(ip), vendor(vendor), region, modifiedOn);
    }

    private static BatchResult batchResult(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "batch result");
        List<BatchItemSuccess> succeeded = List.of();
        List<BatchItemFailure> failed = List.of();
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "succeeded" -> succeeded = Json.readArray(p, "succeeded", V1Codec::success);
                case "failed" -> failed = Json.readArray(p, "failed", V1Codec::failure);
                default -> p.skipChildren();
            }
        }
        return new BatchResult(succeeded, failed);
    }

    private static BatchItemSuccess success(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "a batch item");
        String ip = null;
        String vendor = null;
        String region = null;
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "origin-ip" -> ip = Json.requireString(p, "origin-ip");
                case "vendor" -> vendor = Json.optionalString(p, "vendor");
                case "region" -> region = Json.optionalString(p, "region");
                default -> p.skipChildren();
            }
        }
        if (ip == null) {
            throw new DecodeException("a succeeded item lacks \"origin-ip\"");
        }
        return new BatchItemSuccess(ip(ip), vendor == null ? null : vendor(vendor), region);
    }

    private static BatchItemFailure failure(JsonParser p) throws IOException, DecodeException {
        Json.expect(p, JsonToken.START_OBJECT, "a batch item");
        String ip = "";
        String error = "";
        String field;
        while ((field = Json.nextField(p)) != null) {
            switch (field) {
                case "origin-ip" -> ip = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : "";
                case "error" -> error = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : "";
                default -> p.skipChildren();
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
            out.put(vendor(field), Json.readArray(p, "vendors." + field, V1Codec::region));
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

    private static Vendor vendor(String text) throws DecodeException {
        try {
            return Vendor.of(text);
        } catch (RuntimeException e) {
            throw new DecodeException("the service sent an invalid vendor: " + e.getMessage());
        }
    }
}
