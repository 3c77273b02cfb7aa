package dev.cfregions.core.cache;

import dev.cfregions.core.model.OriginIp;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of {@link OriginCloudRegions#bulkDelete}: up to 100 IPs to remove in one call.
 * Immutable; {@link Builder#build()} canonicalizes every IP, refuses two spellings of one
 * address, and names the offending item.
 */
public final class BulkDeleteParams {
    private final String zoneId;
    private final List<OriginIp> ips;

    private BulkDeleteParams(String zoneId, List<OriginIp> ips) {
        this.zoneId = zoneId;
        this.ips = List.copyOf(ips);
    }

    /** {@return a new builder, with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the zone id} */
    public String zoneId() {
        return zoneId;
    }

    /** {@return the IPs to delete, canonical, in the order given} */
    public List<OriginIp> ips() {
        return ips;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BulkDeleteParams p && zoneId.equals(p.zoneId) && ips.equals(p.ips);
    }

    @Override
    public int hashCode() {
        return zoneId.hashCode() * 31 + ips.hashCode();
    }

    @Override
    public String toString() {
        return "BulkDeleteParams{zoneId=" + zoneId + ", ips=" + ips + "}";
    }

    /** Builds {@link BulkDeleteParams}. Not thread-safe. */
    public static final class Builder {
        private String zoneId;
        private final List<String> raw = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the zone; checked in {@link #build()}.
         *
         * @param zoneId the zone id
         * @return this builder
         */
        public Builder zoneId(String zoneId) {
            this.zoneId = zoneId;
            return this;
        }

        /**
         * Adds an IP in any valid spelling; checked in {@link #build()}.
         *
         * @param ip the origin IP
         * @return this builder
         */
        public Builder addIp(String ip) {
            raw.add(ip);
            return this;
        }

        /**
         * Adds an IP already parsed.
         *
         * @param ip the origin IP
         * @return this builder
         */
        public Builder addIp(OriginIp ip) {
            return addIp(ip == null ? null : ip.value());
        }

        /**
         * Adds every IP, each by its {@code toString()} (an {@link OriginIp} or any valid spelling); checked in {@link #build()}.
         *
         * @param ips the IPs to add
         * @return this builder
         */
        public Builder addIps(Iterable<?> ips) {
            if (ips == null) {
                throw new dev.cfregions.core.errors.ValidationException("items", null, "required");
            }
            for (Object ip : ips) {
                raw.add(ip == null ? null : ip.toString());
            }
            return this;
        }

        /**
         * {@return the new {@code BulkDeleteParams}}
         *
         * @throws dev.cfregions.core.errors.ValidationException naming the first bad item, e.g. {@code items[3].ip}
         */
        public BulkDeleteParams build() {
            Validate.zoneId(zoneId);
            Validate.batchSize("items", raw.size());
            Batch batch = new Batch();
            List<OriginIp> ips = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                ips.add(batch.add(i, raw.get(i)));
            }
            return new BulkDeleteParams(zoneId, ips);
        }
    }
}
