package dev.cfregions.cli.command;

import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.DesiredOptions;
import dev.cfregions.cli.ExitCode;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.Terminal;
import dev.cfregions.cli.output.ChangeReport;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PreparedSync;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cfregions plan --file F}: reads the zone and shows what {@code sync} would change; writes nothing. */
@Command(name = "plan", description = "Show what sync would change to make the zone equal to the file. Writes nothing.")
public final class PlanCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    DesiredOptions desired;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when changes are pending, 0 when the zone already matches.")
    boolean detailedExitCode;

    /** @param terminal the environment and streams */
    public PlanCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        DesiredSet wanted = desired.read(terminal);
        try (Session session = Session.open(terminal, connection)) {
            PreparedSync prepared = Blocking.join(Applier.builder(session.store()).build()
                    .prepareAsync(wanted, desired.planOptions()));
            Plan plan = prepared.plan();
            ChangeReport.of(plan, prepared.readRequests()).print(terminal.out(), connection.output());
            return detailedExitCode && !plan.isEmpty() ? ExitCode.CHANGES_PENDING : ExitCode.OK;
        }
    }
}
