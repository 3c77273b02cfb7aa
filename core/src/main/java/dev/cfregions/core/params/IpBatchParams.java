package dev.cfregions.core.params;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.params.internal.BatchIps;
import dev.cfregions.core.params.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the batch-delete parameters of both families share: a zone and up to 100 IPs to remove.
 * Built once: every IP is canonicalized, two spellings of one address are refused, and the error
 * names the offending item. Immutable.
 */
public abstract class IpBatchParams {
    private final String zoneId;
    private final List<OriginIp> ips;

    /**
     * Checks and takes the builder's IPs.
     *
     * @param b the builder
     * @throws ValidationException naming the first bad item, such as {@code items[3].ip}
     */
    protected IpBatchParams(Builder<?> b) {
        this.zoneId = Validate.zoneId(b.zoneId);
        Validate.batchSize("items", b.raw.size());
        BatchIps batch = new BatchIps();
        List<OriginIp> checked = new ArrayList<>(b.raw.size());
        for (int i = 0; i < b.raw.size(); i++) {
            checked.add(batch.add(i, b.raw.get(i)));
        }
        this.ips = List.copyOf(checked);
    }

    /** @return the zone */
    public String zoneId() {
        return zoneId;
    }

    /** @return the IPs to delete, canonical, in the order given */
    public List<OriginIp> ips() {
        return ips;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && zoneId.equals(((IpBatchParams) o).zoneId)
                && ips.equals(((IpBatchParams) o).ips);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 961 + zoneId.hashCode() * 31 + ips.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{zoneId=" + zoneId + ", ips=" + ips + "}";
    }

    /**
     * The builder steps every batch delete shares; IPs are checked when built. Not thread-safe.
     *
     * @param <B> the concrete builder, returned by each step
     */
    public abstract static class Builder<B extends Builder<B>> {
        private String zoneId;
        private final List<String> raw = new ArrayList<>();

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
         * @param ip an IP in any valid spelling; checked when built
         * @return this builder
         */
        public B addIp(String ip) {
            raw.add(ip);
            return self();
        }

        /**
         * @param ip an IP
         * @return this builder
         */
        public B addIp(OriginIp ip) {
            return addIp(ip == null ? null : ip.value());
        }

        /**
         * @param ips IPs, as {@link OriginIp} or text; each element's {@code toString()} is parsed
         * @return this builder
         * @throws ValidationException if {@code ips} is null
         */
        public B addIps(Iterable<?> ips) {
            if (ips == null) {
                throw new ValidationException("items", null, "required");
            }
            for (Object ip : ips) {
                raw.add(ip == null ? null : ip.toString());
            }
            return self();
        }
    }
}
