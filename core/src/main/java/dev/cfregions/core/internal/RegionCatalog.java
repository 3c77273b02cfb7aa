package dev.cfregions.core.internal;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.SupportedRegions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Each zone's supported regions, fetched once and kept, to refuse an unsupported vendor or
 * region before a write is sent. A failed fetch is not kept, so the next call tries again.
 */
final class RegionCatalog {
    private final ConcurrentMap<String, CompletableFuture<SupportedRegions>> byZone = new ConcurrentHashMap<>();
    private final Function<String, CompletableFuture<SupportedRegions>> fetch;

    RegionCatalog(Function<String, CompletableFuture<SupportedRegions>> fetch) {
        this.fetch = fetch;
    }

    /** Completes when every item is supported; fails with {@link ValidationException} naming the first that is not. */
    CompletableFuture<Void> check(String zoneId, List<Mapping> items, boolean batch) {
        return regions(zoneId).thenAccept(regions -> {
            for (int i = 0; i < items.size(); i++) {
                Mapping m = items.get(i);
                String prefix = batch ? "items[" + i + "]." : "";
                if (regions.regions(m.vendor()).isEmpty()) {
                    throw new ValidationException(prefix + "vendor", m.vendor().value(), "not offered for this zone; supported: "
                            + regions.vendors().keySet());
                }
                if (!regions.supports(m.vendor(), m.region())) {
                    throw new ValidationException(prefix + "region", m.region(), "not a supported " + m.vendor() + " region for this zone");
                }
            }
        });
    }

    private CompletableFuture<SupportedRegions> regions(String zoneId) {
        CompletableFuture<SupportedRegions> f = byZone.computeIfAbsent(zoneId, fetch);
        f.whenComplete((r, e) -> {
            if (e != null) {
                byZone.remove(zoneId, f);
            }
        });
        return f;
    }
}
