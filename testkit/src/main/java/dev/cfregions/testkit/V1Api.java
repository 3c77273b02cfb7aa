package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;
import java.time.Instant;

/**
 * The eight v1 endpoints ({@code /zones/{zone_id}/cache/origin_cloud_regions}, reference §8):
 * a translator between v1's wire and {@link MappingRules}. What is v1's own is only the shape:
 * {@code ip} in and {@code origin-ip} out ({@link Family#V1}), the
 * {@code origin_public_cloud_region} wrapper with {@code editable} and {@code modified_on},
 * PATCH answering with the whole list, POST's create-only rule and DELETE's 1163.
 */
final class V1Api {
    static final String RECORD_ID = "origin_public_cloud_region";
    private static final Family WIRE = Family.V1;

    private final MappingRules rules;

    V1Api(MappingRules rules) {
        this.rules = rules;
    }

    HttpResponse handle(ApiCall call) {
        switch (call.operation().kind()) {
            case LIST:
                return rules.inZone(call.zoneId(), zone -> listResponse(call, zone));
            case CREATE:
                return rules.create(call.zoneId(), rules.parseWrite(call),
                        m -> wrapper(call, g -> WIRE.writeMapping(g, m), m.modifiedOn()));
            case UPSERT:
                return rules.upsert(call.zoneId(), rules.parseWrite(call), (zone, m) -> listResponse(call, zone));
            case GET: {
                StoredMapping m = rules.get(call);
                return wrapper(call, g -> WIRE.writeMapping(g, m), m.modifiedOn());
            }
            case DELETE: {
                // the top-level modified_on is the deleted entry's own (§15 #20)
                StoredMapping m = rules.delete(call, rules.v1DeleteNotFound());
                return wrapper(call, g -> WIRE.writeMapping(g, m), m.modifiedOn());
            }
            case BATCH_UPSERT:
                return batchResponse(call, rules.batchUpsert(call));
            case BATCH_DELETE:
                return batchResponse(call, rules.batchDelete(call));
            case SUPPORTED_REGIONS:
                return Envelope.success(g -> SupportedRegionsJson.write(g, rules.supportedRegions(call.zoneId())));
            default:
                throw new IllegalStateException("not a v1 operation: " + call.operation());
        }
    }

    /** All mappings in list order, with the set's {@code modified_on} (null for a zone without a record). */
    private static HttpResponse listResponse(ApiCall call, ZoneState zone) {
        return wrapper(call, g -> WIRE.writeMappings(g, zone.list()), zone.modifiedOn());
    }

    private static HttpResponse batchResponse(ApiCall call, MappingRules.Batch batch) {
        return wrapper(call, g -> WIRE.writeBatch(g, batch.outcomes()), batch.modifiedOn());
    }

    private static HttpResponse wrapper(ApiCall call, Json.Writer value, Instant modifiedOn) {
        return Envelope.success(g -> {
            g.writeStartObject();
            g.writeStringField("id", RECORD_ID);
            g.writeBooleanField("editable", call.editable());
            g.writeFieldName("value");
            value.write(g);
            Json.stringOrNull(g, "modified_on", FakeClock.format(modifiedOn));
            g.writeEndObject();
        });
    }
}
