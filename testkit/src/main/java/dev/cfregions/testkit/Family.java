package dev.cfregions.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The wire spelling of one endpoint family, and nothing else: where its routes live and what
 * its IP field is called in request bodies and in responses (reference §1). The rules both
 * families share live in {@link MappingRules}; {@link V1Api} and {@link V2Api} only add each
 * family's result shapes (the v1 wrapper, v2's flat results and {@code result_info}).
 */
enum Family {
    /** {@code /zones/{zone_id}/cache/origin_cloud_regions}: {@code ip} in, {@code origin-ip} out. */
    V1("/cache/origin_cloud_regions", "ip", "origin-ip"),
    /** {@code /zones/{zone_id}/origin/cloud_regions}: {@code origin_ip} in and out. */
    V2("/origin/cloud_regions", "origin_ip", "origin_ip");

    private final String pathPrefix;
    private final String requestIpField;
    private final String responseIpField;

    Family(String resource, String requestIpField, String responseIpField) {
        this.pathPrefix = "/zones/{zone_id}" + resource;
        this.requestIpField = requestIpField;
        this.responseIpField = responseIpField;
    }

    /** The route template of the collection, e.g. {@code /zones/{zone_id}/origin/cloud_regions}. */
    String pathPrefix() {
        return pathPrefix;
    }

    /** The IP's key in request bodies (single writes and batch upsert items). */
    String requestIpField() {
        return requestIpField;
    }

    /** The IP's key in mapping entries and batch item results. */
    String responseIpField() {
        return responseIpField;
    }

    /** One mapping entry: {@code modified_on}, the IP, {@code region}, {@code vendor}. */
    void writeMapping(JsonGenerator g, StoredMapping m) throws IOException {
        g.writeStartObject();
        Json.stringOrNull(g, "modified_on", FakeClock.format(m.modifiedOn()));
        g.writeStringField(responseIpField, m.ip());
        g.writeStringField("region", m.region());
        g.writeStringField("vendor", m.vendor());
        g.writeEndObject();
    }

    /** An array of mapping entries. */
    void writeMappings(JsonGenerator g, List<StoredMapping> mappings) throws IOException {
        g.writeStartArray();
        for (StoredMapping m : mappings) {
            writeMapping(g, m);
        }
        g.writeEndArray();
    }

    /**
     * A batch's {@code {failed, succeeded}} (§10): failed items carry only the IP and
     * {@code error}, succeeded ones the IP, {@code region} and {@code vendor}; both in request order.
     */
    void writeBatch(JsonGenerator g, List<BatchOutcome> outcomes) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("failed");
        for (BatchOutcome o : outcomes) {
            if (!o.succeeded()) {
                g.writeStartObject();
                g.writeStringField(responseIpField, o.ip());
                g.writeStringField("error", o.error());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("succeeded");
        for (BatchOutcome o : outcomes) {
            if (o.succeeded()) {
                g.writeStartObject();
                g.writeStringField(responseIpField, o.ip());
                g.writeStringField("region", o.region());
                g.writeStringField("vendor", o.vendor());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
