package dev.cfregions.cli.command;

import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.SingleMapping;
import dev.cfregions.cli.Terminal;
import dev.cfregions.cli.output.MappingTable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cfregions get IP}: one mapping; exit 1 with the 404 when it has none. */
@Command(name = "get", description = "Show one IP's mapping (any spelling of the IP).")
public final class GetCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "IP", description = "The origin IP.")
    String ip;

    /** @param terminal the environment and streams */
    public GetCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Session session = Session.open(terminal, connection)) {
            MappingTable.print(terminal.out(), connection.output(), List.of(new SingleMapping(session).get(ip)));
            return 0;
        }
    }
}
