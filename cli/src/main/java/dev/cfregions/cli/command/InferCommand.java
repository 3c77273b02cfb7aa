package dev.cfregions.cli.command;

import dev.cfregions.cli.ApiFamily;
import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.ExitCode;
import dev.cfregions.cli.RangeOptions;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.Terminal;
import dev.cfregions.cli.TransportName;
import dev.cfregions.cli.output.MappingTable;
import dev.cfregions.cli.output.OutputFormat;
import dev.cfregions.cli.output.UnmatchedReport;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.ranges.Inference;
import dev.cfregions.core.ranges.RangeLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cfregions infer}: the vendor and region of each IP, from the clouds' published range
 * files. Prints the desired set (what {@code sync --file} reads) for the IPs that matched and
 * names the rest on stderr; exit {@value ExitCode#UNMAPPED} unless every IP matched.
 */
@Command(name = "infer", description = {"Map IPs to vendor and region by the clouds' published IP ranges.",
    "Prints ip,vendor,region for each matched IP; names each unmatched, conflicting or unsupported IP on stderr (exit 5)."})
public final class InferCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    RangeOptions ranges;

    @Parameters(arity = "0..*", paramLabel = "IP", description = "IPs to map (besides those of --ips).")
    List<String> ips = new ArrayList<>();

    @Option(names = "--zone", paramLabel = "ZONE_ID", description = "Also check each region against this zone's supported regions.")
    String zone;

    @Option(names = "--api-base", paramLabel = "URL", description = "API root for --zone. Default: $CLOUDFLARE_BASE_URL, else "
            + ConnectionOptions.OFFICIAL_BASE + ".")
    String apiBase;

    @Option(names = "--api-family", paramLabel = "v1|v2", defaultValue = "v2", description = "Endpoint family for --zone (default v2).")
    ApiFamily family;

    @Option(names = "--transport", paramLabel = "okhttp|apache|netty",
            description = "HTTP transport for --zone. Default: the highest-priority one in the jar.")
    TransportName transport;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "2",
            description = "Retries of a failed request for --zone, 0-" + RetryPolicy.MAX_RETRIES + ", default 2.")
    int maxRetries;

    @Option(names = "--output", paramLabel = "table|json|csv", defaultValue = "csv",
            description = "Output format on stdout (default: csv, the format sync --file reads).")
    OutputFormat output;

    /** @param terminal the environment and streams */
    public InferCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<OriginIp> wanted = ranges.ips(ips);
        RangeLookup lookup = ranges.lookup(terminal);
        Inference inference = lookup.infer(wanted, zone == null ? null : supportedRegions());
        MappingTable.print(terminal.out(), output, inference.mappings());
        UnmatchedReport.print(terminal.err(), inference);
        return inference.complete() ? ExitCode.OK : ExitCode.UNMAPPED;
    }

    private SupportedRegions supportedRegions() {
        ConnectionOptions options = ConnectionOptions.forZone(zone, apiBase, family).withTransport(transport).withMaxRetries(maxRetries);
        try (Session session = Session.open(terminal, options)) {
            return Blocking.join(session.store().supportedRegions());
        }
    }
}
