package dev.cfregions.core.cache;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of {@link OriginCloudRegions#bulkEdit}: up to 100 mappings to create or overwrite
 * in one call. Mappings not named are kept. Immutable; {@link Builder#build()} validates every
 * item, refuses two spellings of one IP, and names the offending item.
 */
public final class BulkEditParams {
    private final String zoneId;
    private final List<Mapping> items;

    private BulkEditParams(String zoneId, List<Mapping> items) {
        this.zoneId = zoneId;
        this.items = List.copyOf(items);
    }

    /** {@return a new builder, with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the zone id} */
    public String zoneId() {
        return zoneId;
    }

    /** {@return the mappings to write, IPs canonical, in the order given} */
    public List<Mapping> items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BulkEditParams p && zoneId.equals(p.zoneId) && items.equals(p.items);
    }

    @Override
    public int hashCode() {
        return zoneId.hashCode() * 31 + items.hashCode();
    }

    @Override
    public String toString() {
        return "BulkEditParams{zoneId=" + zoneId + ", items=" + items.size() + "}";
    }

    /** Builds {@link BulkEditParams}. Not thread-safe. */
    public static final class Builder {
        private record Raw(String ip, Vendor vendor, String region) {}

        private String zoneId;
        private final List<Raw> raw = new ArrayList<>();

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
         * Adds one item; the IP in any valid spelling. Checked in {@link #build()}.
         *
         * @param ip the origin IP
         * @param vendor the cloud vendor
         * @param region the vendor's region identifier, such as {@code us-east-1}
         * @return this builder
         */
        public Builder addItem(String ip, Vendor vendor, String region) {
            raw.add(new Raw(ip, vendor, region));
            return this;
        }

        /**
         * Adds a mapping for an IP already parsed; checked in {@link #build()}.
         *
         * @param ip the origin IP
         * @param vendor the cloud vendor
         * @param region the vendor's region identifier, such as {@code us-east-1}
         * @return this builder
         */
        public Builder addItem(OriginIp ip, Vendor vendor, String region) {
            return addItem(ip == null ? null : ip.value(), vendor, region);
        }

        /**
         * Adds every mapping (timestamps are ignored).
         *
         * @param mappings the mappings to write
         * @return this builder
         */
        public Builder addItems(Iterable<Mapping> mappings) {
            if (mappings == null) {
                throw new dev.cfregions.core.errors.ValidationException("items", null, "required");
            }
            for (Mapping m : mappings) {
                if (m == null) {
                    throw new dev.cfregions.core.errors.ValidationException("items[" + raw.size() + "]", null, "required");
                }
                addItem(m.ip(), m.vendor(), m.region());
            }
            return this;
        }

        /**
         * {@return the new {@code BulkEditParams}}
         *
         * @throws dev.cfregions.core.errors.ValidationException naming the first bad field, e.g. {@code items[3].region}
         */
        public BulkEditParams build() {
            Validate.zoneId(zoneId);
            Validate.batchSize("items", raw.size());
            Batch batch = new Batch();
            List<Mapping> items = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                Raw r = raw.get(i);
                OriginIp ip = batch.add(i, r.ip);
                Vendor vendor = Validate.vendor("items[" + i + "].vendor", r.vendor);
                String region = Validate.region("items[" + i + "].region", r.region);
                items.add(Mapping.of(ip, vendor, region));
            }
            return new BulkEditParams(zoneId, items);
        }
    }
}
