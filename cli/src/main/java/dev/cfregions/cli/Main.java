package dev.cfregions.cli;

import dev.cfregions.cli.command.DeleteCommand;
import dev.cfregions.cli.command.DemoCommand;
import dev.cfregions.cli.command.ExportCommand;
import dev.cfregions.cli.command.FakeCommand;
import dev.cfregions.cli.command.GetCommand;
import dev.cfregions.cli.command.InferCommand;
import dev.cfregions.cli.command.ListCommand;
import dev.cfregions.cli.command.PlanCommand;
import dev.cfregions.cli.command.SetCommand;
import dev.cfregions.cli.command.SupportedRegionsCommand;
import dev.cfregions.cli.command.SyncCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code cfregions} command: parses the command line and maps every outcome to an {@link ExitCode}. */
@Command(name = "cfregions", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Manage a Cloudflare zone's origin cloud-region mappings.%n"
                + "Credentials come from the environment only: CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL with CLOUDFLARE_API_KEY.",
        subcommands = {ListCommand.class, GetCommand.class, SetCommand.class, DeleteCommand.class, SupportedRegionsCommand.class,
            ExportCommand.class, PlanCommand.class, SyncCommand.class, InferCommand.class, FakeCommand.class, DemoCommand.class,
            AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Success, or nothing to do",
            "1:API, authentication or transport failure",
            "2:Changes pending (plan --detailed-exitcode only)",
            "3:Some items failed",
            "4:Refused (--max-deletes exceeded, or deletions without --yes)",
            "5:infer could not map every IP",
            "64:Bad usage",
            "65:Bad input file"})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    private Main() {}

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(Terminal.system(), args));
    }

    /**
     * Runs the tool against the given environment and streams, returning the exit code instead
     * of exiting: what the tests call.
     *
     * @param terminal the environment and streams
     * @param args the command line
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(Terminal terminal, String... args) {
        CommandLine cli = new CommandLine(new Main(), new Factory(terminal));
        cli.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setExitCodeExceptionMapper(Failures::exitCode);
        cli.setExecutionExceptionHandler((e, line, parsed) -> Failures.report(terminal.err(), e));
        cli.setParameterExceptionHandler((e, args2) -> {
            terminal.err().println(e.getMessage());
            terminal.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        cli.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK).exitCodeOnInvalidInput(ExitCode.USAGE);
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: list, get, set, delete, "
                + "supported-regions, export, plan, sync, infer, fake or demo");
    }

    /** {@code --version}: the library's version. */
    static final class VersionInfo implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cfregions " + BuildInfo.version()};
        }
    }

    /** Hands every command the {@link Terminal}, so none reads {@code System} itself. */
    private record Factory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == Main.class) {
                return cls.cast(new Main());
            }
            try {
                return cls.getDeclaredConstructor(Terminal.class).newInstance(terminal);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
