package dev.cfregions.core.params;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.params.internal.Validate;
import java.util.Objects;

/**
 * What the single-write parameters of both families share ({@code cache} {@code CreateParams}
 * and {@code EditParams}, {@code origin} {@code UpdateParams}): a zone and the one mapping to
 * write, validated once when built. Each call keeps its own type because each names a different
 * call. Immutable.
 */
public abstract class MappingWriteParams {
    private final String zoneId;
    private final OriginIp ip;
    private final Vendor vendor;
    private final String region;

    /**
     * Checks and takes the builder's values.
     *
     * @param b the builder
     * @throws ValidationException naming the first missing or invalid field
     */
    protected MappingWriteParams(Builder<?> b) {
        this.zoneId = Validate.zoneId(b.zoneId);
        this.ip = Validate.ip(b.ip);
        this.vendor = Validate.vendor("vendor", b.vendor);
        this.region = Validate.region("region", b.region);
    }

    /** @return the zone */
    public String zoneId() {
        return zoneId;
    }

    /** @return the origin IP, canonical */
    public OriginIp ip() {
        return ip;
    }

    /** @return the cloud vendor */
    public Vendor vendor() {
        return vendor;
    }

    /** @return the vendor's region identifier */
    public String region() {
        return region;
    }

    /**
     * Copies these values into a builder, for {@code toBuilder()}.
     *
     * @param builder an empty builder
     * @param <B> the builder's type
     * @return {@code builder}, holding these values
     */
    protected <B extends Builder<B>> B fill(B builder) {
        return builder.zoneId(zoneId).ip(ip).vendor(vendor).region(region);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && zoneId.equals(((MappingWriteParams) o).zoneId)
                && ip.equals(((MappingWriteParams) o).ip) && vendor.equals(((MappingWriteParams) o).vendor)
                && region.equals(((MappingWriteParams) o).region);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), zoneId, ip, vendor, region);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{zoneId=" + zoneId + ", ip=" + ip + ", vendor=" + vendor + ", region=" + region + "}";
    }

    /**
     * The builder steps every single write shares. Not thread-safe.
     *
     * @param <B> the concrete builder, returned by each step
     */
    public abstract static class Builder<B extends Builder<B>> {
        private String zoneId;
        private OriginIp ip;
        private Vendor vendor;
        private String region;

        /** For the concrete builders. */
        protected Builder() {}

        /** @return this builder, as its concrete type */
        protected abstract B self();

        /**
         * @param zoneId the zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}
         * @return this builder
         */
        public B zoneId(String zoneId) {
            this.zoneId = zoneId;
            return self();
        }

        /**
         * @param ip the origin IP in any valid spelling; it is canonicalized
         * @return this builder
         * @throws dev.cfregions.core.errors.InvalidIpException here, if {@code ip} is not an IP
         */
        public B ip(String ip) {
            this.ip = OriginIp.of(ip);
            return self();
        }

        /**
         * @param ip the origin IP
         * @return this builder
         */
        public B ip(OriginIp ip) {
            this.ip = ip;
            return self();
        }

        /**
         * @param vendor the cloud vendor
         * @return this builder
         */
        public B vendor(Vendor vendor) {
            this.vendor = vendor;
            return self();
        }

        /**
         * @param region the vendor's region identifier, such as {@code us-east-1}; never trimmed
         * @return this builder
         */
        public B region(String region) {
            this.region = region;
            return self();
        }
    }
}
