package dev.cfregions.core.internal;

import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.Origin;

/** The origin group: holds its endpoint families. */
public final class DefaultOrigin implements Origin {
    private final CloudRegions cloudRegions;

    /**
     * @param context the client's pipeline, shared with every other group
     * @param validateRegions whether writes are checked against {@code /origin/cloud_regions/supported_regions}
     */
    public DefaultOrigin(ApiContext context, boolean validateRegions) {
        this.cloudRegions = new DefaultCloudRegions(context, validateRegions);
    }

    @Override
    public CloudRegions cloudRegions() {
        return cloudRegions;
    }
}
