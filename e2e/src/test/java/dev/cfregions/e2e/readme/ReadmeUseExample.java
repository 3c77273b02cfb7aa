package dev.cfregions.e2e.readme;

// README-BEGIN
import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.UpdateParams;
import java.util.List;

class Example {
    static void run(String token, String z) {
        try (CloudflareClient client = CloudflareClient.builder().apiToken(token).build()) {
            // v2 (current)
            CloudRegions cr = client.origin().cloudRegions();
            Mapping stored = cr.update(UpdateParams.builder()
                    .zoneId(z).ip("2001:db8::1").region("us-central1").vendor(Vendor.GCP).build());
            for (Mapping m : cr.listAll(z)) {                      // every mapping, 100 per request, read lazily
                System.out.println(m.ip() + " -> " + m.vendor() + " " + m.region());
            }

            // v1 (deprecated): the same write
            OriginCloudRegions ocr = client.cache().originCloudRegions();
            ZoneSetting<List<Mapping>> all = ocr.edit(EditParams.builder()
                    .zoneId(z).ip("2001:db8::1").region("us-central1").vendor(Vendor.GCP).build());
        }
    }
}
// README-END
