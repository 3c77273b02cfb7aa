package dev.cfregions.cli.command;

import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.SingleMapping;
import dev.cfregions.cli.Terminal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cfregions delete IP}: removes one mapping; exit 1 with the 404 when it has none. */
@Command(name = "delete", description = "Delete one IP's mapping.")
public final class DeleteCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "IP", description = "The origin IP.")
    String ip;

    /** @param terminal the environment and streams */
    public DeleteCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Session session = Session.open(terminal, connection)) {
            terminal.out().println("deleted " + new SingleMapping(session).delete(ip).value());
            return 0;
        }
    }
}
