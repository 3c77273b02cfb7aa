package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ValidationException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a plan treats the zone: the {@link SyncMode}, a guard on how many deletes a plan may hold,
 * and the zone's mapping limit. Immutable.
 *
 * <pre>{@code
 * PlanOptions options = PlanOptions.builder().mode(SyncMode.FULL_OWNERSHIP).maxDeletes(50).build();
 * }</pre>
 */
public final class PlanOptions {
    /** Cloudflare's limit of mappings per zone. */
    public static final int ZONE_LIMIT = 3500;

    private static final PlanOptions ADDITIVE = builder().build();

    private final SyncMode mode;
    private final Integer maxDeletes;
    private final int zoneLimit;

    private PlanOptions(Builder b) {
        this.mode = b.mode;
        this.maxDeletes = b.maxDeletes;
        this.zoneLimit = b.zoneLimit;
    }

    /**
     * Additive mode, no delete guard, the 3,500 limit.
     *
     * @return the defaults
     */
    public static PlanOptions additive() {
        return ADDITIVE;
    }

    /**
     * Full ownership with no delete guard.
     *
     * @return options that delete what the desired set does not list
     */
    public static PlanOptions fullOwnership() {
        return builder().mode(SyncMode.FULL_OWNERSHIP).build();
    }

    /**
     * A builder with the defaults of {@link #additive()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.maxDeletes = maxDeletes;
        b.zoneLimit = zoneLimit;
        return b;
    }

    /**
     * The mode.
     *
     * @return additive or full ownership
     */
    public SyncMode mode() {
        return mode;
    }

    /**
     * The most deletes a plan may hold.
     *
     * @return the guard, or empty for none
     */
    public OptionalInt maxDeletes() {
        return maxDeletes == null ? OptionalInt.empty() : OptionalInt.of(maxDeletes);
    }

    /**
     * The most mappings the zone can hold.
     *
     * @return the limit, {@value #ZONE_LIMIT} unless set
     */
    public int zoneLimit() {
        return zoneLimit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanOptions p && mode == p.mode && Objects.equals(maxDeletes, p.maxDeletes)
                && zoneLimit == p.zoneLimit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, maxDeletes, zoneLimit);
    }

    @Override
    public String toString() {
        return "PlanOptions{mode=" + mode + ", maxDeletes=" + (maxDeletes == null ? "none" : maxDeletes)
                + ", zoneLimit=" + zoneLimit + "}";
    }

    /** Builds {@link PlanOptions}. Not thread-safe. */
    public static final class Builder {
        private SyncMode mode = SyncMode.ADDITIVE;
        private Integer maxDeletes;
        private int zoneLimit = ZONE_LIMIT;

        private Builder() {}

        /**
         * The mode; default {@link SyncMode#ADDITIVE}.
         *
         * @param mode the mode
         * @return this builder
         * @throws ValidationException if null
         */
        public Builder mode(SyncMode mode) {
            if (mode == null) {
                throw new ValidationException("mode", null, "required");
            }
            this.mode = mode;
            return this;
        }

        /**
         * Refuses a plan that would delete more than {@code max} mappings; none by default.
         *
         * @param max the most deletes, zero or more
         * @return this builder
         * @throws ValidationException if negative
         */
        public Builder maxDeletes(int max) {
            if (max < 0) {
                throw new ValidationException("maxDeletes", Integer.toString(max), "must not be negative");
            }
            this.maxDeletes = max;
            return this;
        }

        /**
         * The zone's limit of mappings; default {@value PlanOptions#ZONE_LIMIT}. For an
         * account whose limit was raised.
         *
         * @param limit the limit, at least 1
         * @return this builder
         * @throws ValidationException if below 1
         */
        public Builder zoneLimit(int limit) {
            if (limit < 1) {
                throw new ValidationException("zoneLimit", Integer.toString(limit), "must be at least 1");
            }
            this.zoneLimit = limit;
            return this;
        }

        /**
         * The options.
         *
         * @return immutable options
         */
        public PlanOptions build() {
            return new PlanOptions(this);
        }
    }
}
