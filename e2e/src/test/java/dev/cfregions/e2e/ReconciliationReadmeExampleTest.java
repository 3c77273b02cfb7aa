package dev.cfregions.e2e;

import static dev.cfregions.testkit.FakeCloudflare.EXAMPLE_ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.MappingFiles;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.SyncMode;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.store.MappingStores;
import dev.cfregions.testkit.FakeCloudflare;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's reconciliation example, compiled and run against the fake. */
class ReconciliationReadmeExampleTest {

    /** The README's code, with the builder's token and transport and the file's path given by the test. */
    static SyncReport readmeExample(CloudflareClient.Builder builder, Path desiredCsv, String zoneId) {
        try (CloudflareClient client = builder
                .rateLimit(1200, Duration.ofMinutes(5))          // stay under the account's limit
                .build()) {
            DesiredSet desired = MappingFiles.read(desiredCsv);   // ip,vendor,region
            Applier applier = Applier.builder(MappingStores.of(client, zoneId)) // v2; MappingStores.v1 for v1
                    .progress((done, total) -> System.err.printf("%d/%d%n", done, total))
                    .build();

            Plan plan = applier.plan(desired, PlanOptions.builder()
                    .mode(SyncMode.FULL_OWNERSHIP).maxDeletes(100).build());  // read the zone, write nothing
            System.out.println(plan);                     // Plan{creates=.., updates=.., deletes=.., unchanged=..}

            SyncReport report = applier.apply(plan);
            report.failed().forEach(f -> System.err.println(f.ip() + " " + f.action() + ": " + f.reason()));
            System.out.println(report.writeRequests() + " writes, " + report.rounds() + " round(s)");
            return report;
        }
    }

    @Test
    void theExampleSyncsAZoneFromACsvFile(@TempDir Path dir) throws Exception {
        try (FakeCloudflare fake = FakeCloudflare.create()) {
            fake.registerToken("readme-token");
            fake.seed(EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("198.51.100.7"), Vendor.AWS, "us-east-1"));
            Path csv = dir.resolve("desired.csv");
            Files.writeString(csv, "ip,vendor,region\n192.0.2.1,aws,us-east-1\n2001:db8::1,gcp,us-central1\n");

            SyncReport report = readmeExample(CloudflareClient.builder().apiToken("readme-token")
                    .baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL).transport(fake.transport()), csv, EXAMPLE_ZONE_ID);

            assertThat(report.created()).hasSize(2);
            assertThat(report.deleted()).extracting(Mapping::ip).containsExactly(OriginIp.of("198.51.100.7"));
            assertThat(fake.mappings(EXAMPLE_ZONE_ID)).extracting(m -> m.ip().value())
                    .containsExactlyInAnyOrder("192.0.2.1", "2001:db8::1");
            fake.journal().verify(1, "PUT", "/zones/*/origin/cloud_regions/batch");
            fake.journal().verify(1, "DELETE", "/zones/*/origin/cloud_regions/batch");
        }
    }
}
