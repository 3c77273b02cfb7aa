package dev.cfregions.cli;

import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.FileFormat;
import dev.cfregions.core.sync.MappingFiles;
import dev.cfregions.core.sync.PlanOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What {@code plan} and {@code sync} make the zone equal to, and how far they may go. */
public final class DesiredOptions {
    @Option(names = "--file", paramLabel = "FILE",
            description = "The desired mappings: CSV (ip,vendor,region) or JSON ([{ip,vendor,region}]); - reads standard input.")
    String file;

    @Option(names = "--format", paramLabel = "csv|json",
            description = "The file's format. Default: by its extension; CSV for standard input.")
    FileFormatOption format;

    @Option(names = "--prune", description = "Full ownership: also delete the zone's mappings the file does not list.")
    boolean prune;

    @Option(names = "--max-deletes", paramLabel = "N", description = "Refuse (exit 4) a change that would delete more than N mappings.")
    Integer maxDeletes;

    /** Creates the mixin (picocli fills it). */
    public DesiredOptions() {}

    /**
     * @return whether {@code --file} was given
     */
    public boolean hasFile() {
        return file != null;
    }

    /** The two file formats, as picocli spells them. */
    public enum FileFormatOption {
        /** {@code ip,vendor,region} rows. */
        csv,
        /** An array of {@code {ip, vendor, region}} objects. */
        json
    }

    /**
     * Reads the desired set, before anything is sent.
     *
     * @param terminal where standard input comes from
     * @return the desired set
     * @throws dev.cfregions.core.sync.InputFileException naming the file, line and field
     * @throws UsageError if no {@code --file} was given
     */
    public DesiredSet read(Terminal terminal) {
        if (file == null) {
            throw new UsageError("Missing required option: '--file=FILE'");
        }
        if (file.equals("-")) {
            FileFormat f = format == FileFormatOption.json ? FileFormat.JSON : FileFormat.CSV;
            try {
                return MappingFiles.parse(terminal.in().readAllBytes(), "<stdin>", f);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read standard input: " + e.getMessage(), e);
            }
        }
        Path path = Path.of(file);
        return format == null ? MappingFiles.read(path)
                : MappingFiles.read(path, format == FileFormatOption.json ? FileFormat.JSON : FileFormat.CSV);
    }

    /**
     * @return additive or full ownership, with the delete guard
     * @throws UsageError if {@code --max-deletes} is negative
     */
    public PlanOptions planOptions() {
        PlanOptions.Builder b = (prune ? PlanOptions.fullOwnership() : PlanOptions.additive()).toBuilder();
        if (maxDeletes != null) {
            if (maxDeletes < 0) {
                throw new UsageError("--max-deletes must not be negative: " + maxDeletes);
            }
            b.maxDeletes(maxDeletes);
        }
        return b.build();
    }
}
