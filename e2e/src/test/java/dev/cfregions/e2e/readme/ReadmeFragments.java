package dev.cfregions.e2e.readme;

import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.RawResponse;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.origin.UpdateParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** README's short fragments, compiled in the context the prose around them describes. */
final class ReadmeFragments {
    /** Whatever logger the reader's application has. */
    interface Log {
        void warn(String message);
    }

    private ReadmeFragments() {}

    static CompletableFuture<MappingPage> paging(CloudRegions cr, String z) {
        // README-BEGIN
        MappingPage page = cr.listAsync(ListParams.of(z)).join();
        CompletableFuture<MappingPage> next = page.hasNextPage() ? page.nextPageAsync() : null;
        // README-END
        return next;
    }

    static RawResponse<Mapping> raw(OriginCloudRegions ocr, CloudRegions cr, EditParams editParams, UpdateParams updateParams, Log log) {
        // README-BEGIN
        RawResponse<ZoneSetting<List<Mapping>>> r1 = ocr.withRawResponse().edit(editParams);
        RawResponse<Mapping> r2 = cr.withRawResponse().update(updateParams);
        r1.messages().forEach(m -> log.warn("Cloudflare: " + m));
        // README-END
        return r2;
    }
}
