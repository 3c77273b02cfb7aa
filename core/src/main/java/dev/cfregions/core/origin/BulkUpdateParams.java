package dev.cfregions.core.origin;

import dev.cfregions.core.params.MappingBatchParams;

/**
 * Parameters of {@link CloudRegions#bulkUpdate}: up to 100 mappings to create or replace
 * in one call. Mappings not named are kept. Immutable; {@link Builder#build()} validates every
 * item, refuses two spellings of one IP, and names the offending item.
 */
public final class BulkUpdateParams extends MappingBatchParams {

    private BulkUpdateParams(Builder b) {
        super(b);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BulkUpdateParams}. Not thread-safe. */
    public static final class Builder extends MappingBatchParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @return the parameters
         * @throws dev.cfregions.core.errors.ValidationException naming the first bad field, e.g. {@code items[3].region}
         */
        public BulkUpdateParams build() {
            return new BulkUpdateParams(this);
        }
    }
}
