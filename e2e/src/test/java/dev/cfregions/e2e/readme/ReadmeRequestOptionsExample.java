package dev.cfregions.e2e.readme;

import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.params.RequestOptions;
import dev.cfregions.core.params.RetryPolicy;
import java.time.Duration;
import java.util.List;

/** The README's per-call options example, compiled. */
final class ReadmeRequestOptionsExample {
    private ReadmeRequestOptionsExample() {}

    static List<Object> run(OriginCloudRegions ocr, CloudRegions cr, EditParams editParams, UpdateParams updateParams,
            String traceparent) {
        // README-BEGIN
        RequestOptions quick = RequestOptions.builder()
                .timeout(Duration.ofSeconds(5))       // each attempt
                .maxRetries(0)                        // fail fast
                .header("traceparent", traceparent)
                .build();
        ZoneSetting<List<Mapping>> edited = ocr.withOptions(quick).edit(editParams);
        RawResponse<Mapping> updated = cr.withRawResponse().withOptions(quick).update(updateParams);

        RequestOptions patient = RequestOptions.builder()
                .retryPolicy(RetryPolicy.builder().maxRetries(5).initialBackoff(Duration.ofSeconds(1)).build())
                .totalDeadline(Duration.ofMinutes(2)) // wins over the policy's deadline
                .build();
        Mapping retried = cr.withOptions(patient).update(updateParams);
        // README-END
        return List.of(edited, updated, retried);
    }
}
