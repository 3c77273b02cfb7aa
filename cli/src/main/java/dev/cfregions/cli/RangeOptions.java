package dev.cfregions.cli;

import dev.cfregions.cli.ranges.IpListFile;
import dev.cfregions.cli.ranges.PublishedRanges;
import dev.cfregions.cli.ranges.RangeFetcher;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.ranges.RangeLookup;
import dev.cfregions.core.ranges.RangeSet;
import dev.cfregions.core.ranges.RangeSets;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where {@code infer} and {@code sync --infer} get the clouds' range files and the IPs to map:
 * files, URLs, and a cache of the published files fetched with conditional requests.
 */
public final class RangeOptions {
    @Option(names = "--ranges", paramLabel = "VENDOR=FILE|URL", mapFallbackValue = Option.NULL_VALUE,
            description = "A range file in its vendor's format (aws, gcp, azure, oci), or an http(s) URL to fetch it from. Repeatable.")
    Map<String, String> ranges = new LinkedHashMap<>();

    @Option(names = "--ranges-fetch", paramLabel = "DIR",
            description = "Fetch AWS, Google and Oracle's published files into DIR, conditionally (a 304 keeps the cached copy). "
                    + "Azure has no stable URL: give it with --ranges azure=FILE|URL.")
    Path fetchDir;

    @Option(names = "--ips", paramLabel = "FILE", description = "The IPs to map, one a line (# comments and blank lines ignored).")
    Path ipsFile;

    /** Creates the mixin (picocli fills it). */
    public RangeOptions() {}

    /**
     * @return the {@code --ips} file, or null when none was given
     */
    public Path ipsFile() {
        return ipsFile;
    }

    /** {@return whether any of these options was given} */
    public boolean given() {
        return ipsFile != null || fetchDir != null || !ranges.isEmpty();
    }

    /**
     * The IPs to map: the {@code --ips} file's, then those given as arguments.
     *
     * @param args IPs given on the command line
     * @return the IPs, in order
     * @throws UsageError if there are none
     * @throws dev.cfregions.core.sync.InputFileException naming the file and line of a bad IP
     */
    public List<OriginIp> ips(List<String> args) {
        List<OriginIp> ips = new ArrayList<>();
        if (ipsFile != null) {
            ips.addAll(IpListFile.read(ipsFile));
        }
        for (String a : args) {
            ips.add(OriginIp.of(a, "ip"));
        }
        if (ipsFile == null && args.isEmpty()) {
            throw new UsageError("No IPs to map: give --ips FILE or IPs as arguments");
        }
        return ips;
    }

    /**
     * Reads (fetching first where asked) every range file into one lookup.
     *
     * @param terminal where fetch notes go (stderr)
     * @return the lookup
     * @throws UsageError if no range file is given at all
     * @throws dev.cfregions.core.ranges.RangeFileException naming the file and JSON path of a bad file
     */
    public RangeLookup lookup(Terminal terminal) {
        Map<Vendor, String> sources = new LinkedHashMap<>();
        ranges.forEach((vendor, source) -> {
            if (source == null || source.isBlank()) {
                throw new UsageError("--ranges " + vendor + "= needs a file or URL");
            }
            sources.put(Vendor.of(vendor), source);
        });
        if (fetchDir != null) {
            for (Vendor v : PublishedRanges.FETCHED) {
                sources.putIfAbsent(v, PublishedRanges.url(v).orElseThrow().toString());
            }
        }
        if (sources.isEmpty()) {
            throw new UsageError("No range files: give --ranges VENDOR=FILE|URL or --ranges-fetch DIR");
        }
        List<RangeSet> sets = new ArrayList<>();
        RangeFetcher fetcher = null;
        try {
            for (Map.Entry<Vendor, String> e : sources.entrySet()) {
                String source = e.getValue();
                if (!source.startsWith("http://") && !source.startsWith("https://")) {
                    sets.add(RangeSets.read(e.getKey(), Path.of(source)));
                    continue;
                }
                fetcher = fetcher != null ? fetcher : RangeFetcher.open();
                sets.add(fetched(terminal, fetcher, e.getKey(), URI.create(source)));
            }
        } finally {
            if (fetcher != null) {
                fetcher.close();
            }
        }
        return RangeLookup.of(sets);
    }

    private RangeSet fetched(Terminal terminal, RangeFetcher fetcher, Vendor vendor, URI url) {
        if (fetchDir == null) {
            return RangeSets.read(vendor, new ByteArrayInputStream(fetcher.fetch(url)), url.toString());
        }
        Path cached = fetchDir.resolve(vendor.value() + ".json");
        boolean fresh = fetcher.fetch(url, cached);
        terminal.err().println("ranges: " + vendor.value() + (fresh ? " fetched from " : " unchanged at ") + url + " (" + cached + ")");
        return RangeSets.read(vendor, cached);
    }
}
