package dev.cfregions.core.cache;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.util.Objects;

/**
 * What {@link CreateParams} and {@link EditParams} share: a zone and the one mapping to write,
 * validated once when built. The two stay separate types because they name different calls.
 */
abstract class MappingWrite {
    private final String zoneId;
    private final OriginIp ip;
    private final Vendor vendor;
    private final String region;

    MappingWrite(Builder<?> b) {
        this.zoneId = Validate.zoneId(b.zoneId);
        if (b.ip == null) {
            throw new ValidationException("ip", null, "required");
        }
        this.ip = b.ip;
        this.vendor = Validate.vendor("vendor", b.vendor);
        this.region = Validate.region("region", b.region);
    }

    /** {@return the zone} */
    public String zoneId() {
        return zoneId;
    }

    /** {@return the origin IP, canonical} */
    public OriginIp ip() {
        return ip;
    }

    /** {@return the cloud vendor} */
    public Vendor vendor() {
        return vendor;
    }

    /** {@return the vendor's region identifier} */
    public String region() {
        return region;
    }

    <B extends Builder<B>> B fill(B builder) {
        return builder.zoneId(zoneId).ip(ip).vendor(vendor).region(region);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && zoneId.equals(((MappingWrite) o).zoneId)
                && ip.equals(((MappingWrite) o).ip) && vendor.equals(((MappingWrite) o).vendor)
                && region.equals(((MappingWrite) o).region);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), zoneId, ip, vendor, region);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{zoneId=" + zoneId + ", ip=" + ip + ", vendor=" + vendor + ", region=" + region + "}";
    }

    /** The builder steps create and edit share. */
    abstract static class Builder<B extends Builder<B>> {
        private String zoneId;
        private OriginIp ip;
        private Vendor vendor;
        private String region;

        abstract B self();

        /**
         * {@return the zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}}
         *
         * @param zoneId the zone id
         */
        public B zoneId(String zoneId) {
            this.zoneId = zoneId;
            return self();
        }

        /**
         * {@return the origin IP in any valid spelling; it is canonicalized, and an invalid one is refused here}
         *
         * @param ip the origin IP
         */
        public B ip(String ip) {
            this.ip = OriginIp.of(ip);
            return self();
        }

        /**
         * {@return the origin IP}
         *
         * @param ip the origin IP
         */
        public B ip(OriginIp ip) {
            this.ip = ip;
            return self();
        }

        /**
         * {@return the cloud vendor}
         *
         * @param vendor the cloud vendor
         */
        public B vendor(Vendor vendor) {
            this.vendor = vendor;
            return self();
        }

        /**
         * {@return the vendor's region identifier, such as {@code us-east-1}; never trimmed}
         *
         * @param region the vendor's region identifier, such as {@code us-east-1}
         */
        public B region(String region) {
            this.region = region;
            return self();
        }
    }
}
