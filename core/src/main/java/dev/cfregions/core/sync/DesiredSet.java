package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a zone's mappings should be: at most one target per canonical IP, in the order given.
 * Immutable. Building refuses two spellings of one IP and one IP with two targets, naming both
 * entries ({@link DuplicateEntryException}).
 *
 * <pre>{@code
 * DesiredSet desired = DesiredSet.builder()
 *         .add("192.0.2.1", Vendor.AWS, "us-east-1")
 *         .add("2001:db8::1", Vendor.GCP, "us-central1")
 *         .build();
 * }</pre>
 */
public final class DesiredSet {
    private static final DesiredSet EMPTY = new DesiredSet(new LinkedHashMap<>());

    private final Map<OriginIp, Mapping> byIp;
    private final List<Mapping> mappings;

    private DesiredSet(LinkedHashMap<OriginIp, Mapping> byIp) {
        this.byIp = Collections.unmodifiableMap(byIp);
        this.mappings = List.copyOf(byIp.values());
    }

    /**
     * A builder.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The desired set of these mappings (timestamps are ignored).
     *
     * @param mappings the mappings, each IP once
     * @return the desired set
     * @throws DuplicateEntryException if an IP is listed twice; entries are named {@code entries[i]}
     * @throws ValidationException if the collection or an element is null
     */
    public static DesiredSet of(Collection<Mapping> mappings) {
        if (mappings == null) {
            throw new ValidationException("entries", null, "required");
        }
        Builder b = builder();
        for (Mapping m : mappings) {
            b.add(m);
        }
        return b.build();
    }

    /**
     * The empty desired set: under {@link SyncMode#FULL_OWNERSHIP} it deletes everything.
     *
     * @return the empty set
     */
    public static DesiredSet empty() {
        return EMPTY;
    }

    /**
     * The mappings, in the order given, IPs canonical, without timestamps.
     *
     * @return an immutable list
     */
    public List<Mapping> mappings() {
        return mappings;
    }

    /**
     * The desired mapping of one IP.
     *
     * @param ip the IP
     * @return its mapping, or empty when the set does not list it
     */
    public Optional<Mapping> get(OriginIp ip) {
        return Optional.ofNullable(byIp.get(ip));
    }

    /**
     * Whether the set lists this IP.
     *
     * @param ip the IP
     * @return true when listed
     */
    public boolean contains(OriginIp ip) {
        return byIp.containsKey(ip);
    }

    /**
     * How many mappings the set lists.
     *
     * @return the size
     */
    public int size() {
        return mappings.size();
    }

    /**
     * Whether the set lists nothing.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return mappings.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DesiredSet d && mappings.equals(d.mappings);
    }

    @Override
    public int hashCode() {
        return mappings.hashCode();
    }

    @Override
    public String toString() {
        return "DesiredSet{" + mappings.size() + " mappings}";
    }

    /** Builds a {@link DesiredSet}, checking each entry as it is added. Not thread-safe. */
    public static final class Builder {
        private record Entry(Mapping mapping, String spelling, String name) {}

        private final LinkedHashMap<OriginIp, Entry> entries = new LinkedHashMap<>();
        private int added;

        private Builder() {}

        /**
         * Adds an entry named {@code entries[i]} in errors.
         *
         * @param ip the IP in any valid spelling
         * @param vendor the vendor
         * @param region the region
         * @return this builder
         * @throws ValidationException if a field is invalid
         * @throws DuplicateEntryException if the IP was added before
         */
        public Builder add(String ip, Vendor vendor, String region) {
            return add(ip, vendor, region, "entries[" + added + "]");
        }

        /**
         * Adds a mapping (its timestamp is ignored), named {@code entries[i]} in errors.
         *
         * @param mapping the mapping
         * @return this builder
         * @throws ValidationException if the mapping is null
         * @throws DuplicateEntryException if the IP was added before
         */
        public Builder add(Mapping mapping) {
            String name = "entries[" + added + "]";
            if (mapping == null) {
                throw new ValidationException(name, null, "required");
            }
            return put(Mapping.of(mapping.ip(), mapping.vendor(), mapping.region()), mapping.ip().value(), name);
        }

        /**
         * Adds an entry whose errors name {@code entry}, such as {@code desired.csv:7}.
         *
         * @param ip the IP in any valid spelling
         * @param vendor the vendor
         * @param region the region: not empty, no whitespace or control characters (never trimmed)
         * @param entry where the entry comes from, for error messages
         * @return this builder
         * @throws ValidationException if a field is invalid, naming {@code entry} and the field
         * @throws DuplicateEntryException if the IP was added before
         */
        public Builder add(String ip, Vendor vendor, String region, String entry) {
            return add(ip, vendor, region, entry, entry + " ");
        }

        /** Adds an entry whose field errors name the bare field ({@code ip}), for a caller that locates them itself. */
        Builder addLocated(String ip, Vendor vendor, String region, String entry) {
            return add(ip, vendor, region, entry, "");
        }

        private Builder add(String ip, Vendor vendor, String region, String entry, String fieldPrefix) {
            OriginIp canonical = OriginIp.of(ip, fieldPrefix + "ip");
            if (vendor == null) {
                throw new ValidationException(fieldPrefix + "vendor", null, "required");
            }
            checkRegion(fieldPrefix + "region", region);
            return put(Mapping.of(canonical, vendor, region), ip, entry);
        }

        private Builder put(Mapping m, String spelling, String name) {
            Entry earlier = entries.get(m.ip());
            if (earlier != null) {
                if (earlier.mapping.sameTarget(m)) {
                    throw new DuplicateEntryException(earlier.name, earlier.spelling, name, spelling, "same IP as "
                            + earlier.name + " ip \"" + earlier.spelling + "\" (both are " + m.ip() + "); list each IP once");
                }
                throw new DuplicateEntryException(earlier.name, earlier.spelling, name, spelling, "also listed at "
                        + earlier.name + " with another target (" + target(earlier.mapping) + " there, " + target(m)
                        + " here); one IP has one target");
            }
            entries.put(m.ip(), new Entry(m, spelling, name));
            added++;
            return this;
        }

        /**
         * The desired set of the entries added so far.
         *
         * @return an immutable desired set
         */
        public DesiredSet build() {
            LinkedHashMap<OriginIp, Mapping> byIp = new LinkedHashMap<>();
            for (Map.Entry<OriginIp, Entry> e : entries.entrySet()) {
                byIp.put(e.getKey(), e.getValue().mapping);
            }
            return byIp.isEmpty() ? EMPTY : new DesiredSet(byIp);
        }

        private static String target(Mapping m) {
            return m.vendor() + " " + m.region();
        }

        private static void checkRegion(String field, String region) {
            if (region == null) {
                throw new ValidationException(field, null, "required");
            }
            if (region.isEmpty()) {
                throw new ValidationException(field, region, "must not be empty");
            }
            for (int i = 0; i < region.length(); i++) {
                char c = region.charAt(i);
                if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    throw new ValidationException(field, region, "whitespace or control character at index " + i
                            + " (input is never trimmed)");
                }
            }
        }
    }
}
