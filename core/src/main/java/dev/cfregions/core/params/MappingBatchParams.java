package dev.cfregions.core.params;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.params.internal.BatchIps;
import dev.cfregions.core.params.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the batch-upsert parameters of both families share ({@code cache} {@code BulkEditParams},
 * {@code origin} {@code BulkUpdateParams}): a zone and up to 100 mappings to create or overwrite;
 * mappings not named are kept. Built once: every item is validated, two spellings of one IP are
 * refused, and the error names the offending item. Immutable.
 */
public abstract class MappingBatchParams {
    private final String zoneId;
    private final List<Mapping> items;

    /**
     * Checks and takes the builder's items.
     *
     * @param b the builder
     * @throws ValidationException naming the first bad field, such as {@code items[3].region}
     */
    protected MappingBatchParams(Builder<?> b) {
        this.zoneId = Validate.zoneId(b.zoneId);
        Validate.batchSize("items", b.raw.size());
        BatchIps batch = new BatchIps();
        List<Mapping> checked = new ArrayList<>(b.raw.size());
        for (int i = 0; i < b.raw.size(); i++) {
            Builder.Raw r = b.raw.get(i);
            OriginIp ip = batch.add(i, r.ip());
            Vendor vendor = Validate.vendor("items[" + i + "].vendor", r.vendor());
            String region = Validate.region("items[" + i + "].region", r.region());
            checked.add(Mapping.of(ip, vendor, region));
        }
        this.items = List.copyOf(checked);
    }

    /** @return the zone */
    public String zoneId() {
        return zoneId;
    }

    /** @return the mappings to write, IPs canonical, in the order given */
    public List<Mapping> items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && zoneId.equals(((MappingBatchParams) o).zoneId)
                && items.equals(((MappingBatchParams) o).items);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 961 + zoneId.hashCode() * 31 + items.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{zoneId=" + zoneId + ", items=" + items.size() + "}";
    }

    /**
     * The builder steps every batch upsert shares; values are checked when built. Not thread-safe.
     *
     * @param <B> the concrete builder, returned by each step
     */
    public abstract static class Builder<B extends Builder<B>> {
        private record Raw(String ip, Vendor vendor, String region) {}

        private String zoneId;
        private final List<Raw> raw = new ArrayList<>();

        /** For the concrete builders. */
        protected Builder() {}

        /** @return this builder, as its concrete type */
        protected abstract B self();

        /**
         * @param zoneId the zone
         * @return this builder
         */
        public B zoneId(String zoneId) {
            this.zoneId = zoneId;
            return self();
        }

        /**
         * Adds one item.
         *
         * @param ip the IP in any valid spelling
         * @param vendor the cloud vendor
         * @param region the vendor's region identifier
         * @return this builder
         */
        public B addItem(String ip, Vendor vendor, String region) {
            raw.add(new Raw(ip, vendor, region));
            return self();
        }

        /**
         * Adds one item.
         *
         * @param ip the IP
         * @param vendor the cloud vendor
         * @param region the vendor's region identifier
         * @return this builder
         */
        public B addItem(OriginIp ip, Vendor vendor, String region) {
            return addItem(ip == null ? null : ip.value(), vendor, region);
        }

        /**
         * Adds every mapping; their timestamps are ignored.
         *
         * @param mappings the mappings to write
         * @return this builder
         * @throws ValidationException if {@code mappings} or one of them is null
         */
        public B addItems(Iterable<Mapping> mappings) {
            if (mappings == null) {
                throw new ValidationException("items", null, "required");
            }
            for (Mapping m : mappings) {
                if (m == null) {
                    throw new ValidationException("items[" + raw.size() + "]", null, "required");
                }
                addItem(m.ip(), m.vendor(), m.region());
            }
            return self();
        }
    }
}
