package dev.cfregions.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cfregions.core.model.Mapping;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Prints mappings in the chosen format. CSV is exactly {@code ip,vendor,region} with a header,
 * the format {@code sync --file} reads back, so {@code list --output csv} is an export.
 */
public final class MappingTable {
    private static final JsonFactory JSON = new JsonFactory();

    private MappingTable() {}

    /**
     * @param out where to print
     * @param format the format
     * @param mappings what to print, in order
     */
    public static void print(PrintStream out, OutputFormat format, List<Mapping> mappings) {
        switch (format) {
            case json -> json(out, mappings);
            case csv -> csv(out, mappings);
            default -> table(out, mappings);
        }
        out.flush();
    }

    private static void table(PrintStream out, List<Mapping> mappings) {
        int ipWidth = "IP".length();
        int vendorWidth = "VENDOR".length();
        for (Mapping m : mappings) {
            ipWidth = Math.max(ipWidth, m.ip().value().length());
            vendorWidth = Math.max(vendorWidth, m.vendor().value().length());
        }
        String row = "%-" + ipWidth + "s  %-" + vendorWidth + "s  %s%n";
        out.printf(row, "IP", "VENDOR", "REGION");
        for (Mapping m : mappings) {
            out.printf(row, m.ip().value(), m.vendor().value(), Text.printable(m.region()));
        }
    }

    private static void csv(PrintStream out, List<Mapping> mappings) {
        out.print("ip,vendor,region\n");
        for (Mapping m : mappings) {
            out.print(Text.csvField(m.ip().value()) + "," + Text.csvField(m.vendor().value()) + "," + Text.csvField(m.region()) + "\n");
        }
    }

    private static void json(PrintStream out, List<Mapping> mappings) {
        try {
            JsonGenerator g = JSON.createGenerator(new NonClosing(out));
            g.writeStartArray();
            for (Mapping m : mappings) {
                g.writeStartObject();
                g.writeStringField("ip", m.ip().value());
                g.writeStringField("vendor", m.vendor().value());
                g.writeStringField("region", m.region());
                if (m.modifiedOn() != null) {
                    g.writeStringField("modified_on", m.modifiedOn().toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.close();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
