package dev.cfregions.e2e.readme;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.sync.Applier;
import dev.cfregions.core.sync.DesiredSet;
import dev.cfregions.core.sync.MappingFiles;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.PlanOptions;
import dev.cfregions.core.sync.SyncMode;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.store.MappingStores;
import java.nio.file.Path;
import java.time.Duration;

/** README's sync example, compiled in the context its prose describes. */
final class ReadmeSyncExample {
    private ReadmeSyncExample() {}

    static void sync(String token, String zoneId) {
        // README-BEGIN
        try (CloudflareClient client = CloudflareClient.builder().apiToken(token)
                .rateLimit(1200, Duration.ofMinutes(5))          // stay under the account's limit
                .build()) {
            DesiredSet desired = MappingFiles.read(Path.of("desired.csv"));   // ip,vendor,region
            Applier applier = Applier.builder(MappingStores.of(client, zoneId)) // v2; MappingStores.v1 for v1
                    .progress((done, total) -> System.err.printf("%d/%d%n", done, total))
                    .build();

            Plan plan = applier.plan(desired, PlanOptions.builder()
                    .mode(SyncMode.FULL_OWNERSHIP).maxDeletes(100).build());  // read the zone, write nothing
            System.out.println(plan);                     // Plan{creates=.., updates=.., deletes=.., unchanged=..}

            SyncReport report = applier.apply(plan);
            report.failed().forEach(f -> System.err.println(f.ip() + " " + f.action() + ": " + f.reason()));
            System.out.println(report.writeRequests() + " writes, " + report.rounds() + " round(s)");
        }
        // README-END
    }
}
