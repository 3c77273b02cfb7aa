package dev.cfregions.core.origin;

import dev.cfregions.core.params.IpBatchParams;

/**
 * Parameters of {@link CloudRegions#bulkDelete}: up to 100 IPs to remove in one call.
 * Immutable; {@link Builder#build()} canonicalizes every IP, refuses two spellings of one
 * address, and names the offending item.
 */
public final class BulkDeleteParams extends IpBatchParams {

    private BulkDeleteParams(Builder b) {
        super(b);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BulkDeleteParams}. Not thread-safe. */
    public static final class Builder extends IpBatchParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @return the parameters
         * @throws dev.cfregions.core.errors.ValidationException naming the first bad item, e.g. {@code items[3].ip}
         */
        public BulkDeleteParams build() {
            return new BulkDeleteParams(this);
        }
    }
}
