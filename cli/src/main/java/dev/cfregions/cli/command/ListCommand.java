package dev.cfregions.cli.command;

import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.Terminal;
import dev.cfregions.cli.output.MappingTable;
import dev.cfregions.core.sync.MappingStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cfregions list}: every mapping of the zone (all pages, 100 a page on v2). */
@Command(name = "list", description = "List every mapping of the zone.")
public final class ListCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    /** @param terminal the environment and streams */
    public ListCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Session session = Session.open(terminal, connection)) {
            MappingStore.Listing listing = Blocking.join(session.store().list());
            MappingTable.print(terminal.out(), connection.output(), listing.mappings());
            return 0;
        }
    }
}
