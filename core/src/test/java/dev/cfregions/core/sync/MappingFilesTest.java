package dev.cfregions.core.sync;

import static dev.cfregions.core.sync.Fixtures.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Desired sets as CSV and JSON files: what is accepted, what is refused and how the error reads. */
class MappingFilesTest {
    private static final List<Mapping> THREE = List.of(m("192.0.2.1", Vendor.AWS, "us-east-1"),
            m("2001:db8::1", Vendor.GCP, "us-central1"), m("::ffff:192.0.2.2", Vendor.OCI, "us-ashburn-1"));

    private static DesiredSet csv(String text) {
        return MappingFiles.parse(text.getBytes(StandardCharsets.UTF_8), "desired.csv", FileFormat.CSV);
    }

    private static DesiredSet json(String text) {
        return MappingFiles.parse(text.getBytes(StandardCharsets.UTF_8), "desired.json", FileFormat.JSON);
    }

    private static InputFileException csvError(String text) {
        return catchThrowableOfType(InputFileException.class, () -> csv(text));
    }

    private static InputFileException jsonError(String text) {
        return catchThrowableOfType(InputFileException.class, () -> json(text));
    }

    @Test
    void csvWithHeaderCommentsAndBlankLines() {
        DesiredSet set = csv("# origins of the shop\nip,vendor,region\n192.0.2.1,aws,us-east-1\n\n"
                + "# the v6 one\n2001:0DB8::1,gcp,us-central1\n::ffff:c000:0202,oci,us-ashburn-1\n");
        assertThat(set.mappings()).isEqualTo(THREE);
    }

    @Test
    void csvHeaderIsOptionalAndTheLastLineNeedsNoNewline() {
        assertThat(csv("192.0.2.1,aws,us-east-1\n2001:db8::1,gcp,us-central1\n::ffff:192.0.2.2,oci,us-ashburn-1").mappings())
                .isEqualTo(THREE);
    }

    @Test
    void csvWithBomAndCrlf() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = "ip,vendor,region\r\n192.0.2.1,aws,us-east-1\r\n2001:db8::1,gcp,us-central1\r\n::ffff:192.0.2.2,oci,us-ashburn-1\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(MappingFiles.parse(all, "desired.csv", FileFormat.CSV).mappings()).isEqualTo(THREE);
    }

    @Test
    void csvQuotedFieldsAsSpreadsheetsWriteThem() {
        assertThat(csv("\"ip\",\"vendor\",\"region\"\n\"192.0.2.1\",\"aws\",\"us-east-1\"\n").mappings())
                .containsExactly(m("192.0.2.1", Vendor.AWS, "us-east-1"));
    }

    @Test
    void aBadIpOnLine7NamesFileLineAndField() {
        String text = "# header comment\nip,vendor,region\n10.0.0.1,aws,us-east-1\n10.0.0.2,aws,us-east-1\n\n"
                + "10.0.0.3,aws,us-east-1\n10.0.0.01,aws,us-east-1\n";
        InputFileException e = csvError(text);
        assertThat(e.getMessage()).isEqualTo("desired.csv:7: ip \"10.0.0.01\": IPv4 octet has a leading zero (ambiguous: octal or decimal)");
        assertThat(e.file()).isEqualTo("desired.csv");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("ip");
        assertThat(e.value()).isEqualTo("10.0.0.01");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThat(csvError("192.0.2.1,aws,us-east-1\n192.0.2.2,aws\n").getMessage())
                .isEqualTo("desired.csv:2: region (missing): missing: expected 3 fields ip,vendor,region, found 2");
        assertThat(csvError("192.0.2.2\n").getMessage()).startsWith("desired.csv:1: vendor (missing)");
        assertThat(csvError("192.0.2.2,aws,us-east-1,extra\n").getMessage()).startsWith("desired.csv:1: line")
                .contains("found 4");
    }

    @Test
    void fieldsAreNeverTrimmed() {
        assertThat(csvError("192.0.2.1, aws,us-east-1\n").getMessage()).startsWith("desired.csv:1: vendor \"\\u0020aws\"");
        assertThat(csvError("192.0.2.1,aws,us-east-1 \n").getMessage()).startsWith("desired.csv:1: region \"us-east-1\\u0020\"")
                .contains("never trimmed");
        assertThat(csvError(" 192.0.2.1,aws,us-east-1\n").field()).isEqualTo("ip");
    }

    @Test
    void anEmptyFileIsRefusedButAHeaderAloneIsAnEmptySet() {
        assertThat(csvError("").getMessage()).startsWith("desired.csv: file (missing): no mappings and no header");
        assertThat(csvError("\n# nothing yet\n\r\n").line()).isZero();
        assertThat(csv("ip,vendor,region\n").isEmpty()).isTrue();
        assertThat(jsonError("").getMessage()).startsWith("desired.json: file (missing): empty");
        assertThat(json("[]").isEmpty()).isTrue();
    }

    @Test
    void duplicatesNameBothLines() {
        DuplicateEntryException e = catchThrowableOfType(DuplicateEntryException.class,
                () -> csv("2001:db8::1,gcp,us-central1\n192.0.2.1,aws,us-east-1\n2001:DB8:0::1,gcp,us-central1\n"));
        assertThat(e.firstEntry()).isEqualTo("desired.csv:1");
        assertThat(e.secondEntry()).isEqualTo("desired.csv:3");
        assertThat(e.getMessage()).contains("desired.csv:3").contains("desired.csv:1");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() {
        byte[] bad = "192.0.2.1,aws,us-east-1\n192.0.2.2,aws,us-e\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InputFileException e = catchThrowableOfType(InputFileException.class,
                () -> MappingFiles.parse(bad, "desired.csv", FileFormat.CSV));
        assertThat(e.getMessage()).startsWith("desired.csv:2: file").contains("not valid UTF-8");
    }

    @Test
    void jsonArrayOfObjects() {
        DesiredSet set = json("\uFEFF[\n  {\"ip\": \"192.0.2.1\", \"vendor\": \"aws\", \"region\": \"us-east-1\"},\r\n"
                + "  {\"region\": \"us-central1\", \"vendor\": \"gcp\", \"ip\": \"2001:db8::1\"},\n"
                + "  {\"ip\": \"::ffff:192.0.2.2\", \"vendor\": \"oci\", \"region\": \"us-ashburn-1\"}\n]\n");
        assertThat(set.mappings()).isEqualTo(THREE);
    }

    @Test
    void aJsonObjectWhereAnArrayBelongsIsRefused() {
        InputFileException e = jsonError("{\"ip\": \"192.0.2.1\", \"vendor\": \"aws\", \"region\": \"us-east-1\"}");
        assertThat(e.getMessage()).isEqualTo("desired.json:1: file (missing): expected a JSON array of {\"ip\", \"vendor\", "
                + "\"region\"} objects, found an object");
        assertThat(jsonError("[\n[\"192.0.2.1\"]\n]").getMessage()).startsWith("desired.json:2: [0]").contains("found an array");
    }

    @Test
    void jsonFieldErrorsNameTheLineAndField() {
        assertThat(jsonError("[\n{\"ip\": \"192.0.2.1\", \"vendor\": \"aws\", \"region\": \"us-east-1\"},\n"
                + "{\"ip\": \"192.0.2.01\", \"vendor\": \"aws\", \"region\": \"us-east-1\"}\n]").getMessage())
                .startsWith("desired.json:3: ip \"192.0.2.01\": IPv4 octet has a leading zero");
        assertThat(jsonError("[{\"ip\": \"192.0.2.1\", \"vendor\": \"aws\"}]").getMessage())
                .isEqualTo("desired.json:1: region (missing): missing");
        assertThat(jsonError("[{\"ip\": \"192.0.2.1\", \"vendor\": \"aws\", \"region\": \"us-east-1\", \"zone\": \"x\"}]")
                .field()).isEqualTo("zone");
        assertThat(jsonError("[{\"ip\": 3232235777, \"vendor\": \"aws\", \"region\": \"us-east-1\"}]").getMessage())
                .contains("ip (missing): must be a string, found a number");
        assertThat(jsonError("[{\"ip\": \"192.0.2.1\", \"ip\": \"192.0.2.2\", \"vendor\": \"aws\", \"region\": \"r\"}]")
                .getMessage()).contains("given twice");
        assertThat(jsonError("[]\n[]").getMessage()).contains("text after the closing ]");
        assertThat(jsonError("[\n{\"ip\": \"192.0.2.1\",\n").getMessage()).startsWith("desired.json:").contains("not valid JSON");
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void anExportReadBackIsTheSameSetAndSyncingItIsANoOp(FileFormat format) {
        Instant t = Instant.parse("2026-03-01T12:00:00Z");
        List<Mapping> zone = List.of(new Mapping(THREE.get(0).ip(), Vendor.AWS, "us-east-1", t),
                new Mapping(THREE.get(1).ip(), Vendor.GCP, "us-central1", t),
                new Mapping(THREE.get(2).ip(), Vendor.of("newcloud"), "odd,\"region\"", t));
        String text = MappingFiles.format(zone, format);
        DesiredSet back = MappingFiles.parse(text.getBytes(StandardCharsets.UTF_8), "export", format);
        assertThat(back.size()).isEqualTo(3);
        assertThat(Planner.plan(back, zone, PlanOptions.fullOwnership()).isEmpty()).isTrue();
        assertThat(text).doesNotContain("\r").doesNotContain("2026");
    }

    @Test
    void filesByExtension(@TempDir Path dir) throws Exception {
        Path csvFile = dir.resolve("zone.CSV");
        MappingFiles.write(csvFile, THREE);
        assertThat(Files.readString(csvFile)).startsWith("ip,vendor,region\n192.0.2.1,aws,us-east-1\n");
        assertThat(MappingFiles.read(csvFile).mappings()).isEqualTo(THREE);
        Path jsonFile = dir.resolve("zone.json");
        MappingFiles.write(jsonFile, THREE);
        assertThat(MappingFiles.read(jsonFile).mappings()).isEqualTo(THREE);
        assertThatThrownBy(() -> MappingFiles.read(dir.resolve("zone.txt"))).isInstanceOf(InputFileException.class)
                .hasMessageContaining(".csv or .json");
        assertThatThrownBy(() -> MappingFiles.read(dir.resolve("missing.csv"))).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("missing.csv");
    }
}
