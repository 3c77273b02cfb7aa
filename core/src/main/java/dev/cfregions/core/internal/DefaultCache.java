package dev.cfregions.core.internal;

import dev.cfregions.core.cache.Cache;
import dev.cfregions.core.cache.OriginCloudRegions;

/** The cache group: holds its endpoint families. */
public final class DefaultCache implements Cache {
    private final OriginCloudRegions originCloudRegions;

    public DefaultCache(ApiContext context, boolean validateRegions) {
        this.originCloudRegions = new DefaultOriginCloudRegions(context, validateRegions);
    }

    @Override
    public OriginCloudRegions originCloudRegions() {
        return originCloudRegions;
    }
}
