package dev.cfregions.e2e.readme;

// README-BEGIN
import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.model.ZoneSetting;
import java.util.List;

class Example {
    static void run(String token, String z) {
        try (CloudflareClient client = CloudflareClient.builder().apiToken(token).build()) {
            OriginCloudRegions ocr = client.cache().originCloudRegions();

            ZoneSetting<List<Mapping>> all = ocr.edit(EditParams.builder()
                    .zoneId(z).ip("2001:db8::1").region("us-central1").vendor(Vendor.GCP).build());

            for (Mapping m : all.value()) {
                System.out.println(m.ip() + " -> " + m.vendor() + " " + m.region());
            }
        }
    }
}
// README-END
