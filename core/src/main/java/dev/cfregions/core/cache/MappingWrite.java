package dev.cfregions.core.cache;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;

/** What create and edit share: a zone and the mapping to write, validated once. */
record MappingWrite(String zoneId, OriginIp ip, Vendor vendor, String region) {
    MappingWrite {
        Validate.zoneId(zoneId);
        if (ip == null) {
            throw new ValidationException("ip", null, "required");
        }
        Validate.vendor("vendor", vendor);
        Validate.region("region", region);
    }

    Mapping mapping() {
        return Mapping.of(ip, vendor, region);
    }

    /** The builder steps create and edit share. */
    abstract static class Builder<B extends Builder<B>> {
        String zoneId;
        OriginIp ip;
        Vendor vendor;
        String region;

        abstract B self();

        /** The zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}. */
        public B zoneId(String zoneId) {
            this.zoneId = zoneId;
            return self();
        }

        /** The origin IP in any valid spelling; it is canonicalized, and an invalid one is refused here. */
        public B ip(String ip) {
            this.ip = OriginIp.of(ip);
            return self();
        }

        public B ip(OriginIp ip) {
            this.ip = ip;
            return self();
        }

        public B vendor(Vendor vendor) {
            this.vendor = vendor;
            return self();
        }

        /** The vendor's region identifier, such as {@code us-east-1}; never trimmed. */
        public B region(String region) {
            this.region = region;
            return self();
        }

        MappingWrite write() {
            return new MappingWrite(zoneId, ip, vendor, region);
        }
    }
}
