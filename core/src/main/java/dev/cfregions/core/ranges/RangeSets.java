package dev.cfregions.core.ranges;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the IP range files the four clouds publish, streaming (the largest, Azure's, holds tens
 * of thousands of prefixes), into {@link RangeSet}s for a {@link RangeLookup}:
 *
 * <table>
 * <caption>The formats read, and what is kept</caption>
 * <tr><th>vendor</th><th>file</th><th>kept</th><th>no region</th></tr>
 * <tr><td>{@code aws}</td><td>{@code ip-ranges.json}: {@code prefixes[].ip_prefix},
 *     {@code ipv6_prefixes[].ipv6_prefix}</td><td>{@code service} {@code EC2}</td>
 *     <td>{@code region} {@code GLOBAL}</td></tr>
 * <tr><td>{@code gcp}</td><td>{@code cloud.json}: {@code prefixes[].ipv4Prefix | ipv6Prefix}</td>
 *     <td>all, {@code scope} is the region</td><td>{@code scope} {@code global}</td></tr>
 * <tr><td>{@code azure}</td><td>{@code ServiceTags_Public_*.json}:
 *     {@code values[].properties.addressPrefixes[]}</td><td>{@code AzureCloud.<region>} with a
 *     non-empty region, aliased by {@link AzureRegionAliases}</td><td>(not kept)</td></tr>
 * <tr><td>{@code oci}</td><td>{@code public_ip_ranges.json}: {@code regions[].cidrs[].cidr}</td>
 *     <td>tag {@code OCI}</td><td>(none)</td></tr>
 * </table>
 *
 * <p>Unknown fields are ignored. Anything else wrong (not JSON, truncated, a field of the wrong
 * type, a required field missing, an invalid prefix, host bits set) is a {@link RangeFileException}
 * naming the source and the JSON path. Every prefix in the file is validated, including those of
 * entries that are not kept, so a damaged file is never half-read. Fetching the files is not done
 * here: core only parses and looks up.
 */
public final class RangeSets {
    private RangeSets() {}

    /**
     * Reads one vendor's range file from a stream. The stream is read to the end of the JSON
     * document and left open: it is the caller's.
     *
     * @param vendor the vendor whose format the file is in: one of the four known vendors
     * @param in the file's bytes (UTF-8 JSON)
     * @param source the file's name or URL, used in error messages
     * @return the kept entries
     * @throws ValidationException if {@code vendor} is not one of the four known vendors
     * @throws RangeFileException if the file cannot be read or is not a valid file of that format
     * @throws NullPointerException if an argument is null
     */
    public static RangeSet read(Vendor vendor, InputStream in, String source) {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        VendorFormat format = formatOf(vendor);
        List<RangeEntry> entries = new ArrayList<>();
        RangeJson.read(in, source, json -> {
            format.readRoot(json, entries);
            return null;
        });
        return new RangeSet(vendor, source, entries);
    }

    /**
     * Reads one vendor's range file; the file's path is its source name in errors.
     *
     * @param vendor the vendor whose format the file is in
     * @param file the file
     * @return the kept entries
     * @throws ValidationException if {@code vendor} is not one of the four known vendors
     * @throws RangeFileException if the file cannot be opened or read, or is not valid
     */
    public static RangeSet read(Vendor vendor, Path file) {
        formatOf(vendor);
        try (InputStream in = Files.newInputStream(file)) {
            return read(vendor, in, file.toString());
        } catch (IOException e) {
            throw new RangeFileException(file.toString(), "$", "could not be opened: " + e, e);
        }
    }

    /** Reads a root value into entries. */
    @FunctionalInterface
    private interface VendorFormat {
        void readRoot(RangeJson json, List<RangeEntry> out) throws IOException;
    }

    private static VendorFormat formatOf(Vendor vendor) {
        if (vendor.equals(Vendor.AWS)) {
            return AwsRanges::readRoot;
        }
        if (vendor.equals(Vendor.GCP)) {
            return GcpRanges::readRoot;
        }
        if (vendor.equals(Vendor.AZURE)) {
            return AzureRanges::readRoot;
        }
        if (vendor.equals(Vendor.OCI)) {
            return OciRanges::readRoot;
        }
        throw new ValidationException("vendor", vendor.value(), "no range file format is known for it (known: aws, azure, gcp, oci)");
    }
}
