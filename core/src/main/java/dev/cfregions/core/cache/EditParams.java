package dev.cfregions.core.cache;

/**
 * Parameters of {@link OriginCloudRegions#edit}: create or overwrite one mapping (an upsert). Immutable; {@link Builder#build()} validates every field and
 * names the first bad one.
 */
public final class EditParams extends MappingWrite {

    private EditParams(Builder b) {
        super(b);
    }

    /** {@return a new builder, with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these values} */
    public Builder toBuilder() {
        return fill(new Builder());
    }

    /** Builds {@link EditParams}; zone, IP, vendor and region are all required. Not thread-safe. */
    public static final class Builder extends MappingWrite.Builder<Builder> {
        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the new {@code EditParams}}
         *
         * @throws dev.cfregions.core.errors.ValidationException naming the first missing or invalid field
         */
        public EditParams build() {
            return new EditParams(this);
        }
    }
}
