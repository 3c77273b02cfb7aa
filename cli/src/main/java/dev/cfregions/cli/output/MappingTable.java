package dev.cfregions.cli.output;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.sync.FileFormat;
import dev.cfregions.core.sync.MappingFiles;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints mappings in the chosen format. CSV and JSON are exactly what {@code sync --file} reads
 * (core's {@link MappingFiles}), so {@code list --output csv} is an export.
 */
public final class MappingTable {
    private MappingTable() {}

    /**
     * @param out where to print
     * @param format the format
     * @param mappings what to print, in order
     */
    public static void print(PrintStream out, OutputFormat format, List<Mapping> mappings) {
        switch (format) {
            case json -> out.print(MappingFiles.format(mappings, FileFormat.JSON));
            case csv -> out.print(MappingFiles.format(mappings, FileFormat.CSV));
            default -> table(out, mappings);
        }
        out.flush();
    }

    private static void table(PrintStream out, List<Mapping> mappings) {
        Columns table = new Columns("IP", "VENDOR", "REGION", "MODIFIED");
        for (Mapping m : mappings) {
            table.row(m.ip().value(), m.vendor().value(), m.region(), m.modifiedOn() == null ? "" : m.modifiedOn().toString());
        }
        table.print(out);
        out.println(mappings.size() + (mappings.size() == 1 ? " mapping" : " mappings"));
    }
}
