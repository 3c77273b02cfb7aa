package dev.cfregions.cli.command;

import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.SingleMapping;
import dev.cfregions.cli.Terminal;
import dev.cfregions.cli.output.MappingTable;
import dev.cfregions.core.model.Vendor;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cfregions set IP VENDOR REGION}: creates or overwrites one mapping. */
@Command(name = "set", description = "Create or overwrite one IP's mapping.")
public final class SetCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "IP", description = "The origin IP.")
    String ip;

    @Parameters(index = "1", paramLabel = "VENDOR", description = "aws, azure, gcp or oci.")
    String vendor;

    @Parameters(index = "2", paramLabel = "REGION", description = "The vendor's region, e.g. us-east-1.")
    String region;

    /** @param terminal the environment and streams */
    public SetCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Session session = Session.open(terminal, connection)) {
            MappingTable.print(terminal.out(), connection.output(),
                    List.of(new SingleMapping(session).set(ip, Vendor.of(vendor), region)));
            return 0;
        }
    }
}
