package dev.cfregions.core.cache;

import dev.cfregions.core.params.MappingWriteParams;

/**
 * Parameters of {@link OriginCloudRegions#edit}: create or overwrite one mapping (an upsert).
 * Immutable; {@link Builder#build()} validates every field and
 * names the first bad one.
 */
public final class EditParams extends MappingWriteParams {

    private EditParams(Builder b) {
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

    /** Builds {@link EditParams}; zone, IP, vendor and region are all required. Not thread-safe. */
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
        public EditParams build() {
            return new EditParams(this);
        }
    }
}
