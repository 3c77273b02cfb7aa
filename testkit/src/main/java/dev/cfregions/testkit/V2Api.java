package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpResponse;

/**
 * The seven v2 endpoints ({@code /zones/{zone_id}/origin/cloud_regions}, reference §9): a
 * translator between v2's wire and {@link MappingRules}, on the same store as {@link V1Api}.
 * What is v2's own is only the shape: {@code origin_ip} in and out ({@link Family#V2}), flat
 * results without a wrapper, the list's {@code result_info}, PUT answering with the stored
 * entry and DELETE with {@code {origin_ip}}.
 */
final class V2Api {
    private static final Family WIRE = Family.V2;

    private final MappingRules rules;

    V2Api(MappingRules rules) {
        this.rules = rules;
    }

    HttpResponse handle(ApiCall call) {
        switch (call.operation().kind()) {
            case LIST:
                return list(call);
            case UPSERT:
                return rules.upsert(call.zoneId(), rules.parseWrite(call),
                        (zone, m) -> Envelope.success(g -> WIRE.writeMapping(g, m)));
            case GET: {
                StoredMapping m = rules.get(call);
                return Envelope.success(g -> WIRE.writeMapping(g, m));
            }
            case DELETE: {
                StoredMapping m = rules.delete(call, MappingRules.notFound());
                return Envelope.success(g -> {
                    g.writeStartObject();
                    g.writeStringField(WIRE.responseIpField(), m.ip());
                    g.writeEndObject();
                });
            }
            case BATCH_UPSERT: {
                MappingRules.Batch batch = rules.batchUpsert(call);
                return Envelope.success(g -> WIRE.writeBatch(g, batch.outcomes()));
            }
            case BATCH_DELETE: {
                MappingRules.Batch batch = rules.batchDelete(call);
                return Envelope.success(g -> WIRE.writeBatch(g, batch.outcomes()));
            }
            case SUPPORTED_REGIONS:
                return Envelope.success(g -> SupportedRegionsJson.write(g, rules.supportedRegions(call.zoneId())));
            default:
                throw new IllegalStateException("not a v2 operation: " + call.operation());
        }
    }

    /** One page and its {@code result_info} (§14.4): a page past the end is 200 with an empty result and the real totals. */
    private HttpResponse list(ApiCall call) {
        MappingRules.Page page = rules.page(call);
        return Envelope.success(g -> WIRE.writeMappings(g, page.items()), g -> {
            g.writeObjectFieldStart("result_info");
            g.writeNumberField("count", page.items().size());
            g.writeNumberField("page", page.query().page());
            g.writeNumberField("per_page", page.query().perPage());
            g.writeNumberField("total_count", page.totalCount());
            g.writeNumberField("total_pages", page.totalPages());
            g.writeEndObject();
        });
    }
}
