package dev.cfregions.core.cache;

import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;

/**
 * Parameters of {@link OriginCloudRegions#edit}: create or overwrite one mapping (an upsert). Immutable; {@link Builder#build()} validates every field and
 * names the first bad one.
 */
public final class EditParams {
    private final MappingWrite write;

    private EditParams(MappingWrite write) {
        this.write = write;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().zoneId(write.zoneId()).ip(write.ip()).vendor(write.vendor()).region(write.region());
    }

    public String zoneId() {
        return write.zoneId();
    }

    public OriginIp ip() {
        return write.ip();
    }

    public Vendor vendor() {
        return write.vendor();
    }

    public String region() {
        return write.region();
    }

    MappingWrite write() {
        return write;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditParams p && write.equals(p.write);
    }

    @Override
    public int hashCode() {
        return write.hashCode();
    }

    @Override
    public String toString() {
        return "EditParams" + write.toString().substring("MappingWrite".length());
    }

    /** Builds {@link EditParams}; zone, IP, vendor and region are all required. Not thread-safe. */
    public static final class Builder extends MappingWrite.Builder<Builder> {
        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /** @throws dev.cfregions.core.errors.ValidationException naming the first missing or invalid field */
        public EditParams build() {
            return new EditParams(write());
        }
    }
}
