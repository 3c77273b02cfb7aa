package dev.cfregions.cli.command;

import dev.cfregions.cli.Terminal;
import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.origin.SupportedRegionsParams;
import dev.cfregions.core.origin.UpdateParams;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.store.MappingStores;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.TokenScope;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cfregions demo}: a tour of the library against the embedded fake Cloudflare on a
 * loopback port, over a real transport: no account, no network. It prints what it does.
 */
@Command(name = "demo", description = "Tour the main features against the embedded fake Cloudflare (no account, no network).")
public final class DemoCommand implements Callable<Integer> {
    private static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;
    private static final String TOKEN = "demo-token";

    private final Terminal terminal;

    @Option(names = "--mappings", paramLabel = "N", defaultValue = "3000", description = "How many mappings the sync step writes (default 3000).")
    int count;

    /** @param terminal the environment and streams */
    public DemoCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        try (FakeCloudflare fake = FakeCloudflare.builder().token(TOKEN, TokenScope.allZones()).port(0).build().start();
             CloudflareClient client = CloudflareClient.builder().baseUrl(fake.baseUrl()).apiToken(TOKEN).build()) {
            out.println("Fake Cloudflare at " + fake.baseUrl() + ", client transport: " + client.transportName());
            CloudRegions regions = client.origin().cloudRegions();

            SupportedRegions supported = regions.supportedRegions(SupportedRegionsParams.of(ZONE));
            out.println("\n1. Supported regions (GET /origin/cloud_regions/supported_regions)");
            supported.vendors().forEach((vendor, list) -> out.println("   " + vendor + ": " + list.size() + " regions, e.g. "
                    + list.get(0).name() + " -> upper tier " + list.get(0).upperTierColos()));

            out.println("\n2. Set 2001:db8::1 to gcp us-central1 (PUT /origin/cloud_regions/2001:db8::1)");
            out.println("   " + describe(regions.update(UpdateParams.builder().zoneId(ZONE).ip("2001:db8::1").vendor(Vendor.GCP)
                    .region("us-central1").build())));

            out.println("\n3. Get it back by another spelling: 2001:DB8:0:0::0001");
            out.println("   " + describe(regions.get(GetParams.of(ZONE, "2001:DB8:0:0::0001"))));

            out.println("\n4. Bad input never leaves the client: 192.168.000.001");
            try {
                GetParams.of(ZONE, "192.168.000.001");
            } catch (ValidationException e) {
                out.println("   " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }

            out.println("\n5. A batch with one region that does not exist: the good items land, the bad one is reported");
            BatchResult batch = regions.bulkUpdate(BulkUpdateParams.builder().zoneId(ZONE)
                    .addItem("198.51.100.7", Vendor.AZURE, "eastus")
                    .addItem("203.0.113.9", Vendor.AWS, "mars-north-1").build());
            batch.succeeded().forEach(s -> out.println("   ok     " + s.ip() + " -> " + s.vendor() + " " + s.region()));
            batch.failed().forEach(f -> out.println("   failed " + f.ip() + ": " + f.error()));

            List<Mapping> desired = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                desired.add(Mapping.of(OriginIp.of("10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff)),
                        Vendor.AWS, "us-east-1"));
            }
            Applier applier = Applier.builder(MappingStores.v2(client, ZONE)).build();
            out.println("\n6. Make the zone equal to " + count + " mappings (full ownership): plan first");
            Plan plan = applier.plan(DesiredSet.of(desired), PlanOptions.fullOwnership());
            out.println("   plan: " + plan.creates().size() + " to create, " + plan.updates().size() + " to update, "
                    + plan.deletes().size() + " to delete, in " + plan.writeRequests() + " batch writes");
            int before = fake.journal().all().size();
            SyncReport report = applier.apply(plan);
            out.println("   applied: " + report.created().size() + " created, " + report.deleted().size() + " deleted, "
                    + report.writeRequests() + " write requests (the fake's journal saw " + (fake.journal().all().size() - before)
                    + " requests)");
            SyncReport again = applier.sync(DesiredSet.of(desired), PlanOptions.fullOwnership());
            out.println("   the same sync again: " + again.writeRequests() + " writes, " + again.unchanged().size() + " unchanged");

            out.println("\n7. The service stumbles: the next get answers 503, the retry 429 with Retry-After: 1");
            fake.faults().next(1, "GET", "/zones/*/origin/cloud_regions/*", new Fault.ErrorResponse(503, 1140,
                    "Service temporarily unavailable", Map.of()));
            fake.faults().next(1, "GET", "/zones/*/origin/cloud_regions/*", new Fault.ErrorResponse(429, 971,
                    "Please wait and consider throttling your request speed", Map.of("Retry-After", "1")));
            int attemptsBefore = fake.journal().all().size();
            Mapping got = regions.get(GetParams.of(ZONE, "10.0.0.7"));
            out.println("   " + describe(got) + " after " + (fake.journal().all().size() - attemptsBefore) + " attempts (budget: 3)");

            out.println("\n8. Typed errors: a mapping that is not there");
            try {
                regions.get(GetParams.of(ZONE, "192.0.2.250"));
            } catch (NotFoundException e) {
                out.println("   " + e.getClass().getSimpleName() + " status " + e.status() + ", code "
                        + e.errors().get(0).code() + ": " + e.errors().get(0).message());
            }
            out.println("\nThe zone now holds " + fake.mappings(ZONE).size() + " mappings.");
            out.flush();
            return 0;
        }
    }

    private static String describe(Mapping m) {
        return String.format("%-22s %-6s %-14s modified %s", m.ip(), m.vendor(), m.region(), m.modifiedOn());
    }
}
