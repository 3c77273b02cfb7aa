package dev.cfregions.cli.command;

import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.DesiredOptions;
import dev.cfregions.cli.ExitCode;
import dev.cfregions.cli.RangeOptions;
import dev.cfregions.cli.Refused;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.Terminal;
import dev.cfregions.cli.UsageError;
import dev.cfregions.cli.output.UnmatchedReport;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.ranges.Inference;
import dev.cfregions.core.ranges.RangeLookup;
import dev.cfregions.cli.output.ChangeReport;
import dev.cfregions.cli.output.Progress;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.FileFormat;
import dev.cfregions.core.sync.MappingFiles;
import dev.cfregions.core.sync.MappingStore;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PreparedSync;
import dev.cfregions.core.sync.SyncReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cfregions sync --file F}: makes the zone equal to the file in the fewest requests the
 * API allows (batches of 100), re-reading and re-planning after request-level failures. The
 * file is read and checked before anything is sent; deletions need a yes, at the prompt or as
 * {@code --yes}.
 */
@Command(name = "sync", description = {"Make the zone equal to the file: batch writes of 100, deletions only with --prune.",
    "Deletions are listed and confirmed at a terminal; without one they need --yes (else exit 4 before any write)."})
public final class SyncCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    DesiredOptions desired;

    @Mixin
    RangeOptions ranges;

    @Option(names = "--infer", description = "Sync what infer gives for --ips and --ranges instead of a --file. "
            + "Writes nothing (exit 5) when an IP is unmatched, conflicting or unsupported, unless --allow-partial.")
    boolean infer;

    @Option(names = "--allow-partial", description = "With --infer: sync the IPs that matched even when others did not.")
    boolean allowPartial;

    @Option(names = "--yes", description = "Go ahead with deletions without asking.")
    boolean yes;

    @Option(names = "--backup", paramLabel = "FILE", description = "Write the zone as it was (CSV or JSON by extension) before the first write.")
    Path backup;

    @Option(names = "--dry-run", description = "Read and plan, print what would change, write nothing.")
    boolean dryRun;

    /** @param terminal the environment and streams */
    public SyncCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<OriginIp> ips = null;
        RangeLookup lookup = null;
        DesiredSet wanted = null;
        if (infer) {
            if (desired.hasFile()) {
                throw new UsageError("--infer and --file exclude each other");
            }
            ips = ranges.ips(List.of());
            lookup = ranges.lookup(terminal);
        } else if (allowPartial || ranges.given()) {
            // without --infer they would be ignored, and the sync would run on --file alone
            throw new UsageError("--ips, --ranges, --ranges-fetch and --allow-partial need --infer");
        } else {
            wanted = desired.read(terminal);
        }
        if (backup != null) {
            FileFormat.of(backup); // a backup name with no format is refused before anything is sent
        }
        try (Session session = Session.open(terminal, connection)) {
            MappingStore store = session.store();
            if (infer) {
                Inference inference = lookup.infer(ips, Blocking.join(store.supportedRegions()));
                UnmatchedReport.print(terminal.err(), inference);
                if (!inference.complete() && !allowPartial) {
                    terminal.err().println("error: not every IP was mapped; nothing was written (--allow-partial syncs the rest)");
                    return ExitCode.UNMAPPED;
                }
                wanted = DesiredSet.of(inference.mappings());
            }
            Applier applier = Applier.builder(store).concurrency(connection.concurrency())
                    .progress(new Progress(terminal.err(), terminal.interactive())).build();
            // a read that fails after the client's retries is made again, spending one of the applier's rounds
            PreparedSync prepared = Blocking.join(applier.prepareAsync(wanted, desired.planOptions()));
            Plan plan = prepared.plan();
            if (dryRun) {
                ChangeReport.of(plan, prepared.readRequests()).print(terminal.out(), connection.output());
                return ExitCode.OK;
            }
            if (!plan.deletes().isEmpty()) {
                confirmDeletions(plan);
            }
            if (backup != null && !plan.isEmpty()) {
                MappingFiles.write(backup, prepared.zone());
                terminal.err().println("backup: " + prepared.zone().size() + " mappings written to " + backup);
            }
            SyncReport report = Blocking.join(prepared.applyAsync());
            ChangeReport.of(report).print(terminal.out(), connection.output());
            return report.succeeded() ? ExitCode.OK : ExitCode.ITEMS_FAILED;
        }
    }

    /** Lists the deletions and asks, or refuses without a terminal unless {@code --yes} was given. */
    private void confirmDeletions(Plan plan) {
        if (yes) {
            return;
        }
        int n = plan.deletes().size();
        if (!terminal.interactive()) {
            throw new Refused("this sync would delete " + n + " mapping" + (n == 1 ? "" : "s")
                    + "; nothing was written. Run plan to see them, then pass --yes to go ahead");
        }
        terminal.err().println("This sync deletes " + n + " mapping" + (n == 1 ? "" : "s") + ":");
        for (Mapping m : plan.deletes()) {
            terminal.err().println("  - " + m.ip().value() + "  " + m.vendor().value() + " " + m.region());
        }
        if (!terminal.confirm("Delete " + n + " mapping" + (n == 1 ? "" : "s") + "?")) {
            throw new Refused("not confirmed; nothing was written");
        }
    }
}
