package dev.cfregions.core.ranges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Vendor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four parsers on fixture files in each real format, and on bad files. */
class RangeSetsTest {

    private static List<String> shown(RangeSet set) {
        return set.entries().stream().map(RangeEntry::toString).toList();
    }

    @Nested
    class Formats {
        @Test
        void awsKeepsOnlyEc2AndReadsGlobalAsNoRegion() {
            RangeSet set = Fixtures.read(Vendor.AWS, Fixtures.AWS);
            assertThat(set.vendor()).isEqualTo(Vendor.AWS);
            assertThat(set.source()).isEqualTo(Fixtures.AWS);
            assertThat(shown(set)).containsExactly(
                    "aws us-east-1 3.0.0.0/15",
                    "aws us-west-2 3.0.5.0/24",
                    "aws (global) 3.0.5.32/27",
                    "aws eu-west-1 18.200.0.0/16",
                    "aws eu-west-1 18.200.0.0/16",
                    "aws us-east-1 99.77.0.0/18",
                    "aws us-east-2 99.77.0.0/18",
                    "aws ap-south-1 15.230.39.0/32",
                    "aws us-east-1 2600:1f18::/33",
                    "aws us-east-2 2600:1f18:4000::/36",
                    "aws eu-west-1 2a05:d018::/36",
                    "aws eu-west-2 2a05:d018:fff::1/128");
            assertThat(set.entries().get(2).isGlobal()).isTrue();
            assertThat(set.entries().get(2).region()).isNull();
        }

        @Test
        void googleKeepsEveryPrefixWithScopeAsRegionAndGlobalAsNoRegion() {
            assertThat(shown(Fixtures.read(Vendor.GCP, Fixtures.GCP))).containsExactly(
                    "gcp africa-south1 34.1.208.0/20",
                    "gcp us-central1 34.35.0.0/16",
                    "gcp (global) 34.35.128.0/17",
                    "gcp us-east1 3.0.5.0/24",
                    "gcp europe-west1 2600:1900:4010::/44",
                    "gcp (global) 2600:1900::/35",
                    "gcp us-central1 2600:1900:4000::/44");
        }

        @Test
        void azureKeepsOnlyRegionalAzureCloudTagsWithAliasedRegions() {
            assertThat(shown(Fixtures.read(Vendor.AZURE, Fixtures.AZURE))).containsExactly(
                    "azure eastus 20.42.0.0/17",
                    "azure eastus 20.42.64.0/18",
                    "azure eastus 2603:1030:20c::/47",
                    "azure eastus2 20.42.64.0/18",
                    "azure francecentral 20.19.0.0/16",
                    "azure francecentral 2603:1020:800::/47",
                    "azure germanywestcentral 20.52.0.0/18",
                    "azure norwayeast 51.120.0.0/17",
                    "azure westeurope 20.50.0.0/18",
                    "azure usstagee 20.7.0.0/24");
        }

        @Test
        void oracleKeepsOnlyOciTaggedCidrsWhereverTheRegionFieldStands() {
            assertThat(shown(Fixtures.read(Vendor.OCI, Fixtures.OCI))).containsExactly(
                    "oci us-ashburn-1 129.213.0.0/16",
                    "oci us-ashburn-1 2603:c020:4000::/34",
                    "oci uk-london-1 132.145.0.0/17");
        }

        @Test
        void theAliasTableIsTheOneTheParserUses() {
            assertThat(AzureRegionAliases.table()).containsEntry("centralfrance", "francecentral")
                    .containsEntry("southfrance", "francesouth").containsEntry("germanywc", "germanywestcentral")
                    .containsEntry("germanyn", "germanynorth").containsEntry("norwaye", "norwayeast")
                    .containsEntry("norwayw", "norwaywest");
            assertThat(AzureRegionAliases.cloudflareName("eastus")).isEqualTo("eastus");
            for (var alias : AzureRegionAliases.table().entrySet()) {
                String json = "{\"values\":[{\"name\":\"AzureCloud." + alias.getKey() + "\",\"properties\":{\"region\":\""
                        + alias.getKey() + "\",\"addressPrefixes\":[\"192.0.2.0/24\"]}}]}";
                assertThat(Fixtures.readText(Vendor.AZURE, json, "tags.json").entries().get(0).region())
                        .isEqualTo(alias.getValue());
            }
        }

        @Test
        void readsFromAPathNamingTheFileInErrors(@TempDir Path dir) throws IOException {
            Path ok = dir.resolve("ip-ranges.json");
            try (InputStream in = Fixtures.open(Fixtures.AWS)) {
                Files.copy(in, ok);
            }
            assertThat(RangeSets.read(Vendor.AWS, ok).size()).isEqualTo(12);
            assertThat(RangeSets.read(Vendor.AWS, ok).source()).isEqualTo(ok.toString());
            Path missing = dir.resolve("nope.json");
            RangeFileException e = catchThrowableOfType(() -> RangeSets.read(Vendor.AWS, missing), RangeFileException.class);
            assertThat(e.source()).isEqualTo(missing.toString());
            assertThat(e.getMessage()).startsWith(missing + " at $: could not be opened");
        }

        @Test
        void leavesTheStreamOpenAndReadsOnlyTheDocument() throws IOException {
            byte[] bytes = "{\"regions\":[]}".getBytes();
            boolean[] closed = new boolean[1];
            InputStream in = new ByteArrayInputStream(bytes) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            assertThat(RangeSets.read(Vendor.OCI, in, "x").entries()).isEmpty();
            assertThat(closed[0]).isFalse();
        }

        @Test
        void anUnknownVendorHasNoFormat() {
            assertThatThrownBy(() -> RangeSets.read(Vendor.of("alibaba"), new ByteArrayInputStream(new byte[0]), "x"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("alibaba")
                    .hasMessageContaining("known: aws, azure, gcp, oci");
        }
    }

    @Nested
    class BadFiles {
        @Test
        void aTruncatedFileIsAnErrorNamingTheFileAndWhereItStopped() {
            RangeFileException e = catchThrowableOfType(() -> Fixtures.read(Vendor.AWS, "aws-truncated.json"),
                    RangeFileException.class);
            assertThat(e.source()).isEqualTo("aws-truncated.json");
            assertThat(e.jsonPath()).isEqualTo("$.prefixes[5].region");
            assertThat(e.reason()).contains("ends before the JSON is complete");
            assertThat(e.getMessage()).startsWith("aws-truncated.json at $.prefixes[5].region: ");
        }

        @ParameterizedTest(name = "{0}: {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                aws   | ``                                                                  | $                         | the file is empty
                aws   | `{"prefixes": [`                                                    | $.prefixes                | ends before the JSON is complete
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.0/8", "region": "us-east-1", "service": "EC2"}`      | $.prefixes[0] | ends before the JSON is complete
                aws   | `[]`                                                                | $                         | expected an object, found an array
                aws   | `{"prefixes": {}}`                                                  | $.prefixes                | expected an array, found an object
                aws   | `{"prefixes": [17]}`                                                | $.prefixes[0]             | expected an object, found a number
                aws   | `{"prefixes": [{"ip_prefix": 10, "region": "x", "service": "EC2"}]}`| $.prefixes[0].ip_prefix   | expected a string, found a number
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.0/8", "region": null, "service": "EC2"}]}`  | $.prefixes[0].region | expected a string, found null
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.1/8", "region": "x", "service": "EC2"}]}`  | $.prefixes[0].ip_prefix | host bits are set
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.1/8", "region": "x", "service": "S3"}]}`  | $.prefixes[0].ip_prefix | host bits are set
                aws   | `{"prefixes": [{"ip_prefix": "2001:db8::/32", "region": "x", "service": "EC2"}], "ipv6_prefixes": []}` | $.prefixes[0].ip_prefix | expected an IPv4 prefix
                aws   | `{"prefixes": [], "ipv6_prefixes": [{"ipv6_prefix": "10.0.0.0/8", "region": "x", "service": "EC2"}]}` | $.ipv6_prefixes[0].ipv6_prefix | expected an IPv6 prefix
                aws   | `{"prefixes": [{"region": "x", "service": "EC2"}]}`                 | $.prefixes[0]             | missing "ip_prefix"
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.0/8", "service": "EC2"}]}`     | $.prefixes[0]             | missing "region"
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.0/8", "region": "x"}]}`        | $.prefixes[0]             | missing "service"
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.0/8", "region": "", "service": "EC2"}]}` | $.prefixes[0].region | empty region
                aws   | `{"prefixes": [{"ip_prefix": "10.0.0.0/8", "region": "us east", "service": "EC2"}]}` | $.prefixes[0].region | has a space
                aws   | `{"prefixes": []}`                                                  | $                         | missing "ipv6_prefixes"
                aws   | `{"values": []}`                                                    | $                         | missing "prefixes" (is this an AWS ip-ranges.json?)
                aws   | `{"prefixes": [], "ipv6_prefixes": []} {}`                          | $                         | content after the end
                aws   | `{"prefixes": [], "prefixes": []}`                                  | $.prefixes                | not valid JSON: Duplicate field 'prefixes'
                aws   | `{"prefixes": [}`                                                   | $.prefixes                | not valid JSON
                gcp   | `{"prefixes": [{"ipv4Prefix": "10.0.0.0/8", "ipv6Prefix": "2001:db8::/32", "scope": "x"}]}` | $.prefixes[0].ipv6Prefix | both ipv4Prefix and ipv6Prefix
                gcp   | `{"prefixes": [{"scope": "x"}]}`                                    | $.prefixes[0]             | missing "ipv4Prefix" (or ipv6Prefix)
                gcp   | `{"prefixes": [{"ipv4Prefix": "10.0.0.0/8"}]}`                      | $.prefixes[0]             | missing "scope"
                gcp   | `{"prefixes": [{"ipv6Prefix": "2001:db8::/32", "scope": true}]}`    | $.prefixes[0].scope       | expected a string, found a boolean
                gcp   | `{"syncToken": "1"}`                                                | $                         | missing "prefixes" (is this a Google Cloud cloud.json?)
                azure | `{"values": [{"name": "AzureCloud.eastus", "properties": {"region": "eastus", "addressPrefixes": ["20.0.0.0/8", "20.1.0.0/33"]}}]}` | $.values[0].properties.addressPrefixes[1] | prefix length above 32
                azure | `{"values": [{"name": "Storage", "properties": {"region": "", "addressPrefixes": ["20.1.0.1/16"]}}]}` | $.values[0].properties.addressPrefixes[0] | host bits are set
                azure | `{"values": [{"name": "AzureCloud.eastus", "properties": {"region": "eastus", "addressPrefixes": "20.0.0.0/8"}}]}` | $.values[0].properties.addressPrefixes | expected an array, found a string
                azure | `{"values": [{"name": "AzureCloud.eastus", "properties": {"region": "eastus"}}]}` | $.values[0] | missing "properties.addressPrefixes"
                azure | `{"values": [{"properties": {"region": "eastus", "addressPrefixes": []}}]}` | $.values[0] | missing "name"
                azure | `{"values": [{"name": "AzureCloud.eastus"}]}`                       | $.values[0]               | missing "properties"
                azure | `{"values": [{"name": 7, "properties": {}}]}`                       | $.values[0].name          | expected a string, found a number
                azure | `{"prefixes": []}`                                                  | $                         | missing "values"
                oci   | `{"regions": [{"region": "us-ashburn-1", "cidrs": [{"cidr": "129.213.0.0/16", "tags": "OCI"}]}]}` | $.regions[0].cidrs[0].tags | expected an array, found a string
                oci   | `{"regions": [{"region": "us-ashburn-1", "cidrs": [{"cidr": "129.213.0.0/16", "tags": [1]}]}]}` | $.regions[0].cidrs[0].tags[0] | expected a string, found a number
                oci   | `{"regions": [{"region": "us-ashburn-1", "cidrs": [{"cidr": "129.213.0.0/16"}]}]}` | $.regions[0].cidrs[0] | missing "tags"
                oci   | `{"regions": [{"region": "us-ashburn-1", "cidrs": [{"tags": ["OCI"]}]}]}` | $.regions[0].cidrs[0] | missing "cidr"
                oci   | `{"regions": [{"cidrs": []}]}`                                      | $.regions[0]              | missing "region"
                oci   | `{"regions": [{"region": "us-ashburn-1"}]}`                         | $.regions[0]              | missing "cidrs"
                oci   | `{"regions": [{"region": "x", "cidrs": [{"cidr": "129.213.0.0", "tags": ["OCI"]}]}]}` | $.regions[0].cidrs[0].cidr | no '/length'
                """)
        void errorsNameTheFileThePathAndTheReason(String vendor, String json, String path, String reason) {
            RangeFileException e = catchThrowableOfType(() -> Fixtures.readText(Vendor.of(vendor), json, "bad.json"),
                    RangeFileException.class);
            assertThat(e).as(json).isNotNull();
            assertThat(e.source()).isEqualTo("bad.json");
            assertThat(e.jsonPath()).as(e.getMessage()).isEqualTo(path);
            assertThat(e.reason()).as(e.getMessage()).contains(reason);
            assertThat(e.getMessage()).isEqualTo("bad.json at " + path + ": " + e.reason());
        }

        @Test
        void aStreamThatFailsIsAnErrorNamingTheFile() {
            InputStream broken = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    throw new IOException("disk on fire");
                }
            };
            RangeFileException e = catchThrowableOfType(() -> RangeSets.read(Vendor.GCP, broken, "cloud.json"),
                    RangeFileException.class);
            assertThat(e.getMessage()).startsWith("cloud.json at $: could not be read").contains("disk on fire");
            assertThat(e.getCause()).isInstanceOf(IOException.class);
        }
    }
}
