package dev.cfregions.core.cache;

import dev.cfregions.core.params.MappingWriteParams;

/**
 * Parameters of {@link OriginCloudRegions#create}: add one mapping, failing with 1145 if the IP is
 * already mapped. Immutable; {@link Builder#build()} validates every field and
 * names the first bad one.
 */
public final class CreateParams extends MappingWriteParams {

    private CreateParams(Builder b) {
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

    /** Builds {@link CreateParams}; zone, IP, vendor and region are all required. Not thread-safe. */
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
        public CreateParams build() {
            return new CreateParams(this);
        }
    }
}
