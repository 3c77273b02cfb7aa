package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Vendor;
import java.util.List;
import java.util.Objects;

/**
 * The prefixes one vendor's range file lists, as {@link RangeSets} read them: only the entries
 * that locate a host (AWS {@code EC2}, Azure {@code AzureCloud.<region>}, Oracle {@code OCI},
 * every Google prefix), in file order. Immutable.
 *
 * @param vendor the vendor whose file it is
 * @param source the name of the file or URL it was read from, as given to the loader
 * @param entries the entries, in file order; duplicates are kept as the file lists them
 */
public record RangeSet(Vendor vendor, String source, List<RangeEntry> entries) {
    /**
     * Checks and copies the components.
     *
     * @param vendor the vendor
     * @param source the file's name
     * @param entries the entries, each of {@code vendor}
     * @throws NullPointerException if any component or entry is null
     * @throws IllegalArgumentException if an entry names another vendor
     */
    public RangeSet {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        for (RangeEntry e : entries) {
            if (!e.vendor().equals(vendor)) {
                throw new IllegalArgumentException("entry " + e + " in the range set of " + vendor);
            }
        }
    }

    /**
     * The number of entries.
     *
     * @return {@code entries().size()}
     */
    public int size() {
        return entries.size();
    }

    /** The vendor, the source and the size, not every entry. */
    @Override
    public String toString() {
        return "RangeSet[" + vendor + " from " + source + ": " + entries.size() + " prefixes]";
    }
}
