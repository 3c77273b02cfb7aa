package dev.cfregions.demo;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.GetParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.errors.BadRequestException;
import dev.cfregions.core.errors.ErrorCodes;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.testkit.Fault;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.TokenScope;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * A tour of cfregions against the embedded fake Cloudflare on a loopback port: no account and
 * no network. The client finds its transport on the class path, exactly as an application's
 * would, and talks real HTTP to the fake.
 */
public final class Demo {
    private static final String ZONE = FakeCloudflare.EXAMPLE_ZONE_ID;
    private static final String TOKEN = "demo-token";

    private Demo() {}

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the tour, writing a transcript to {@code out}; returns the zone's final mappings. */
    static List<Mapping> run(PrintStream out) {
        try (FakeCloudflare fake = FakeCloudflare.builder().token(TOKEN, TokenScope.allZones()).build().start();
             CloudflareClient client = CloudflareClient.builder().baseUrl(fake.baseUrl()).apiToken(TOKEN).build()) {
            out.println("Fake Cloudflare at " + fake.baseUrl() + ", client transport: " + client.transportName());
            OriginCloudRegions ocr = client.cache().originCloudRegions();

            SupportedRegions regions = ocr.supportedRegions(SupportedRegionsParams.of(ZONE));
            out.println("\n1. Supported regions (obtained_codes=" + regions.obtainedCodes() + ")");
            regions.vendors().forEach((vendor, list) -> out.println("   " + vendor + ": " + list.size() + " regions, e.g. "
                    + list.get(0).name() + " -> " + list.get(0).upperTierColos()));

            out.println("\n2. Map 2001:db8::1 to gcp us-central1 (edit returns the whole list)");
            ZoneSetting<List<Mapping>> all = ocr.edit(EditParams.builder().zoneId(ZONE).ip("2001:db8::1").region("us-central1")
                    .vendor(Vendor.GCP).build());
            print(out, all.value());

            out.println("\n3. Create 192.0.2.1 on aws us-east-1");
            out.println("   " + describe(ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS)
                    .region("us-east-1").build()).value()));

            out.println("\n4. Get it back by another spelling of the IPv6 address: 2001:DB8:0:0::0001");
            out.println("   " + describe(ocr.get(GetParams.of(ZONE, "2001:DB8:0:0::0001")).value()));

            out.println("\n5. Create 192.0.2.1 again: the service refuses with 1145");
            try {
                ocr.create(CreateParams.builder().zoneId(ZONE).ip("192.0.2.1").vendor(Vendor.AWS).region("us-east-1").build());
            } catch (BadRequestException e) {
                out.println("   " + e.getClass().getSimpleName() + " hasCode(1145)=" + e.hasCode(ErrorCodes.ALREADY_EXISTS)
                        + ": " + e.errors().get(0).message());
            }

            out.println("\n6. Bad input never leaves the client: 192.168.000.001");
            try {
                GetParams.of(ZONE, "192.168.000.001");
            } catch (ValidationException e) {
                out.println("   " + e.getMessage());
            }

            out.println("\n7. Batch edit: two good items and one region that does not exist");
            BatchResult batch = ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE)
                    .addItem("198.51.100.7", Vendor.AZURE, "eastus")
                    .addItem("::ffff:c000:0202", Vendor.OCI, "us-ashburn-1")
                    .addItem("203.0.113.9", Vendor.AWS, "mars-north-1").build()).value();
            batch.succeeded().forEach(s -> out.println("   ok     " + s.ip() + " -> " + s.vendor() + " " + s.region()));
            batch.failed().forEach(f -> out.println("   failed " + f.ip() + ": " + f.error()));

            out.println("\n8. The service stumbles: the next list answers 503, the retry 429 with Retry-After: 1");
            fake.faults().next(1, "GET", "/zones/*/cache/origin_cloud_regions", new Fault.ErrorResponse(503, 1140,
                    "Service temporarily unavailable", Map.of()));
            fake.faults().next(1, "GET", "/zones/*/cache/origin_cloud_regions", new Fault.ErrorResponse(429, 971,
                    "Please wait and consider throttling your request speed", Map.of("Retry-After", "1")));
            int before = fake.journal().all().size();
            List<Mapping> listed = ocr.list(ZONE).value();
            out.println("   list succeeded after " + (fake.journal().all().size() - before) + " attempts (budget: 3)");
            print(out, listed);

            out.println("\n9. Batch delete two of them (the IPs travel as a JSON array body)");
            BatchResult deleted = ocr.bulkDelete(BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1")
                    .addIp("2001:db8::1").build()).value();
            out.println("   deleted " + deleted.succeeded().size() + ", failed " + deleted.failed().size());
            List<Mapping> left = ocr.list(ZONE).value();
            print(out, left);
            return left;
        }
    }

    private static void print(PrintStream out, List<Mapping> mappings) {
        out.println("   " + mappings.size() + " mapping(s):");
        mappings.forEach(m -> out.println("     " + describe(m)));
    }

    private static String describe(Mapping m) {
        return String.format("%-22s %-6s %-14s modified %s", m.ip(), m.vendor(), m.region(), m.modifiedOn());
    }
}
