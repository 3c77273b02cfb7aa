package dev.cfregions.core.internal;

import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.SupportedRegions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;

/**
 * Each zone's supported regions, fetched once and kept for {@link #TTL}, to refuse an
 * unsupported vendor or region before a write is sent. A failed fetch is not kept. When the
 * service will not list the regions (a 4xx, such as a zone without Tiered Cache, which writes do
 * not need), the check is skipped and the service validates the write itself.
 */
final class RegionCatalog {
    /** How long a zone's list is trusted before it is fetched again. */
    static final Duration TTL = Duration.ofMinutes(10);

    private record Entry(CompletableFuture<SupportedRegions> regions, Instant fetched) {}

    private final ConcurrentMap<String, Entry> byZone = new ConcurrentHashMap<>();
    private final Clock clock;

    RegionCatalog(Clock clock) {
        this.clock = clock;
    }

    /**
     * Completes when every item is supported; fails with {@link ValidationException} naming the
     * first that is not. A fetch this check starts is made by {@code fetch}, the checking view's
     * own (so that its options and attempt listener apply), and spends the write's {@code deadline}.
     */
    CompletableFuture<Void> check(String zoneId, List<Mapping> items, boolean batch, Deadline deadline,
            BiFunction<String, Deadline, CompletableFuture<SupportedRegions>> fetch) {
        return regions(zoneId, deadline, fetch).handle((regions, failure) -> {
            if (failure != null) {
                Throwable cause = RetryingCaller.unwrap(failure);
                if (cause instanceof ApiException api && api.status() >= 400 && api.status() < 500) {
                    return null; // the list is not to be had here; the service still validates the write
                }
                throw cause instanceof CompletionException ce ? ce : new CompletionException(cause);
            }
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
            return null;
        });
    }

    private CompletableFuture<SupportedRegions> regions(String zoneId, Deadline deadline,
            BiFunction<String, Deadline, CompletableFuture<SupportedRegions>> fetch) {
        Instant now = clock.instant();
        Entry e = byZone.compute(zoneId, (z, old) ->
                old != null && now.isBefore(old.fetched().plus(TTL)) ? old : new Entry(fetch.apply(z, deadline), now));
        CompletableFuture<SupportedRegions> f = e.regions();
        f.whenComplete((r, failure) -> {
            if (failure != null) {
                byZone.remove(zoneId, e);
            }
        });
        return f;
    }
}
