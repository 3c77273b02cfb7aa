package dev.cfregions.core.origin;

import dev.cfregions.core.params.MappingWriteParams;

/**
 * Parameters of {@link CloudRegions#update}: create or replace one mapping (an idempotent
 * {@code PUT}). Immutable; {@link Builder#build()} validates every field and names the first bad
 * one.
 */
public final class UpdateParams extends MappingWriteParams {

    private UpdateParams(Builder b) {
        super(b);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        return fill(new Builder());
    }

    /** Builds {@link UpdateParams}; zone, IP, vendor and region are all required. Not thread-safe. */
    public static final class Builder extends MappingWriteParams.Builder<Builder> {
        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @return the parameters
         * @throws dev.cfregions.core.errors.ValidationException naming the first missing or invalid field
         */
        public UpdateParams build() {
            return new UpdateParams(this);
        }
    }
}
