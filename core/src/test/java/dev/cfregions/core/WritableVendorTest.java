package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.cache.BulkEditParams;
import dev.cfregions.core.cache.CreateParams;
import dev.cfregions.core.cache.EditParams;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.core.origin.BulkUpdateParams;
import dev.cfregions.core.origin.UpdateParams;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes of both families refuse, before sending, a vendor the library does not know, unless the client allows it. */
class WritableVendorTest {
    /** Each write of both families, naming {@code vendor} (as the second item of a batch), and the field the error names. */
    private record Write(String field, String example, Consumer<CloudflareClient> send) {}

    private static List<Write> writes(Vendor vendor) {
        return List.of(
                new Write("vendor", "v1-create-200.json", c -> c.cache().originCloudRegions().create(CreateParams.builder()
                        .zoneId(ZONE).ip("192.0.2.1").vendor(vendor).region("us-east-1").build())),
                new Write("vendor", "v1-edit-200.json", c -> c.cache().originCloudRegions().edit(EditParams.builder()
                        .zoneId(ZONE).ip("192.0.2.1").vendor(vendor).region("us-east-1").build())),
                new Write("items[1].vendor", "v1-batch-edit-200.json", c -> c.cache().originCloudRegions().bulkEdit(
                        BulkEditParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                                .addItem("192.0.2.2", vendor, "us-east-1").build())),
                new Write("vendor", "v2-put-200.json", c -> c.origin().cloudRegions().update(UpdateParams.builder()
                        .zoneId(ZONE).ip("192.0.2.1").vendor(vendor).region("us-east-1").build())),
                new Write("items[1].vendor", "v2-batch-put-200.json", c -> c.origin().cloudRegions().bulkUpdate(
                        BulkUpdateParams.builder().zoneId(ZONE).addItem("192.0.2.1", Vendor.AWS, "us-east-1")
                                .addItem("192.0.2.2", vendor, "us-east-1").build())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "AWS", "Gcp", "amazon"})
    void anUnknownVendorIsRefusedBeforeSendingNamingTheFour(String name) {
        for (Write w : writes(Vendor.of(name))) {
            RecordingTransport transport = new RecordingTransport();
            CloudflareClient client = CloudflareClient.builder().apiToken("t").transport(transport).build();
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> w.send().accept(client));
            assertThat(e).as(w.example()).isNotNull();
            assertThat(e.field()).isEqualTo(w.field());
            assertThat(e.value()).isEqualTo(name);
            assertThat(e.getMessage()).contains("aws", "azure", "gcp", "oci").contains("allowUnknownVendors");
            assertThat(transport.requests).as(w.example()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "azure", "gcp", "oci"})
    void theFourAreWritten(String name) {
        for (Write w : writes(Vendor.of(name))) {
            RecordingTransport transport = new RecordingTransport().respondWithExample(200, w.example());
            w.send().accept(CloudflareClient.builder().apiToken("t").transport(transport).build());
            assertThat(transport.requests).as(w.example()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ibm", "AWS"})
    void theClientSwitchLetsAVendorNewerThanTheLibraryThrough(String name) {
        for (Write w : writes(Vendor.of(name))) {
            RecordingTransport transport = new RecordingTransport().respondWithExample(200, w.example());
            w.send().accept(CloudflareClient.builder().apiToken("t").transport(transport).allowUnknownVendors(true).build());
            assertThat(transport.requests).as(w.example()).hasSize(1);
            assertThat(transport.lastBody()).contains("\"" + name + "\"");
        }
    }
}
