package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.params.RetryPolicy;
import dev.cfregions.core.cache.BulkDeleteParams;
import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.cache.SupportedRegionsParams;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every value the client returns from the fake is immutable, whatever collection the codec built it from. */
class ImmutableResultsTest extends SharedFakeTest {
    private CloudflareClient client;
    private OriginCloudRegions ocr;

    @BeforeEach
    void client() {
        client = CloudflareClient.builder().baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL).apiToken(TOKEN)
                .transport(fake.transport()).retryPolicy(RetryPolicy.none()).build();
        ocr = client.cache().originCloudRegions();
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void mappingListsCannotBeModified() {
        Mapping m = mapping("192.0.2.9", "gcp", "us-central1");
        assertUnmodifiable(ocr.list(ZONE).value(), m);
        assertUnmodifiable(ocr.edit(EditParams.builder().zoneId(ZONE).ip("192.0.2.2").vendor(Vendor.GCP).region("us-central1")
                .build()).value(), m);
    }

    @Test
    void batchResultsCannotBeModified() {
        BatchResult edit = ocr.bulkEdit(BulkEditParams.builder().zoneId(ZONE).addItem("192.0.2.3", Vendor.OCI, "us-ashburn-1")
                .addItem("192.0.2.4", Vendor.AWS, "mars-north-1").build()).value();
        assertUnmodifiable(edit.succeeded(), edit.succeeded().get(0));
        assertUnmodifiable(edit.failed(), edit.failed().get(0));
        BatchResult delete = ocr.bulkDelete(BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1").addIp("198.51.100.1")
                .build()).value();
        assertUnmodifiable(delete.succeeded(), delete.succeeded().get(0));
        assertUnmodifiable(delete.failed(), delete.failed().get(0));
    }

    @Test
    void supportedRegionsCannotBeModified() {
        SupportedRegions regions = ocr.supportedRegions(SupportedRegionsParams.of(ZONE));
        assertThatThrownBy(() -> regions.vendors().remove(Vendor.AWS)).isInstanceOf(UnsupportedOperationException.class);
        assertUnmodifiable(regions.regions(Vendor.AWS), regions.regions(Vendor.AWS).get(0));
        List<String> colos = regions.regions(Vendor.AWS).get(0).upperTierColos();
        assertThatThrownBy(() -> colos.add("XXX")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static <T> void assertUnmodifiable(List<T> list, T element) {
        assertThatThrownBy(() -> list.add(element)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, element)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
