package dev.cfregions.cli.command;

import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.DesiredOptions.FileFormatOption;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.Terminal;
import dev.cfregions.core.sync.FileFormat;
import dev.cfregions.core.sync.MappingFiles;
import dev.cfregions.core.sync.MappingStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cfregions export}: the zone as a file {@code sync --file} reads back as a no-op. */
@Command(name = "export", description = "Write the zone's mappings as CSV or JSON, in the format sync --file reads.")
public final class ExportCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (format by its extension) instead of stdout.")
    Path out;

    @Option(names = "--format", paramLabel = "csv|json", description = "The format. Default: by --out's extension, else CSV.")
    FileFormatOption format;

    /** @param terminal the environment and streams */
    public ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        FileFormat chosen = format != null ? (format == FileFormatOption.json ? FileFormat.JSON : FileFormat.CSV)
                : out != null ? FileFormat.of(out) : FileFormat.CSV;
        try (Session session = Session.open(terminal, connection)) {
            MappingStore.Listing listing = Blocking.join(session.store().list());
            String text = MappingFiles.format(listing.mappings(), chosen);
            if (out == null) {
                terminal.out().print(text);
                terminal.out().flush();
            } else {
                TextFiles.write(out, text);
                terminal.err().println("wrote " + listing.mappings().size() + " mappings to " + out);
            }
            return 0;
        }
    }
}
