package dev.cfregions.cli.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cfregions.cli.ConnectionOptions;
import dev.cfregions.cli.Session;
import dev.cfregions.cli.Terminal;
import dev.cfregions.cli.output.Columns;
import dev.cfregions.core.model.SupportedRegion;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cfregions supported-regions}: the vendors and regions the zone accepts, with their upper-tier colos. */
@Command(name = "supported-regions", description = "List the vendors and regions the zone accepts, with their upper-tier colos.")
public final class SupportedRegionsCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    ConnectionOptions connection;

    /** @param terminal the environment and streams */
    public SupportedRegionsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try (Session session = Session.open(terminal, connection)) {
            SupportedRegions regions = Blocking.join(session.store().supportedRegions());
            switch (connection.output()) {
                case json -> terminal.out().println(json(regions));
                case csv -> {
                    terminal.out().print("vendor,region,upper_tier_colos\n");
                    each(regions, (v, r) -> terminal.out().print(v.value() + "," + r.name() + "," + String.join(" ", r.upperTierColos()) + "\n"));
                }
                default -> {
                    Columns table = new Columns("VENDOR", "REGION", "UPPER TIER COLOS");
                    each(regions, (v, r) -> table.row(v.value(), r.name(), String.join(" ", r.upperTierColos())));
                    table.print(terminal.out());
                    if (!regions.obtainedCodes()) {
                        terminal.err().println("note: the service did not resolve colo codes (obtained_codes=false)");
                    }
                }
            }
            terminal.out().flush();
            return 0;
        }
    }

    private static void each(SupportedRegions regions, java.util.function.BiConsumer<Vendor, SupportedRegion> action) {
        for (Map.Entry<Vendor, List<SupportedRegion>> e : regions.vendors().entrySet()) {
            e.getValue().forEach(r -> action.accept(e.getKey(), r));
        }
    }

    private static String json(SupportedRegions regions) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeBooleanField("obtained_codes", regions.obtainedCodes());
            g.writeObjectFieldStart("vendors");
            for (Map.Entry<Vendor, List<SupportedRegion>> e : regions.vendors().entrySet()) {
                g.writeArrayFieldStart(e.getKey().value());
                for (SupportedRegion r : e.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("name", r.name());
                    g.writeArrayFieldStart("upper_tier_colos");
                    for (String colo : r.upperTierColos()) {
                        g.writeString(colo);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
