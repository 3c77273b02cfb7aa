package dev.cfregions.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cfregions.core.errors.InvalidIpException;
import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation of the parameter types of {@code cache.originCloudRegions()}: every bad input is
 * a {@link ValidationException} naming the field and keeping the value as given, never an NPE,
 * and the IPs in built parameters are canonical.
 */
class ParamsValidationTest {
    static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
    static final String IP = "192.0.2.1";

    /** Makes one parameter object for a zone, with every other field valid. */
    record Factory(String name, Function<String, Object> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Factory> factories() {
        return List.of(
                new Factory("ListParams.of", ListParams::of),
                new Factory("new ListParams", ListParams::new),
                new Factory("SupportedRegionsParams.of", SupportedRegionsParams::of),
                new Factory("GetParams.of", z -> GetParams.of(z, IP)),
                new Factory("new GetParams", z -> new GetParams(z, OriginIp.of(IP))),
                new Factory("DeleteParams.of", z -> DeleteParams.of(z, IP)),
                new Factory("new DeleteParams", z -> new DeleteParams(z, OriginIp.of(IP))),
                new Factory("CreateParams", z -> CreateParams.builder().zoneId(z).ip(IP).vendor(Vendor.AWS)
                        .region("us-east-1").build()),
                new Factory("EditParams", z -> EditParams.builder().zoneId(z).ip(IP).vendor(Vendor.GCP)
                        .region("us-central1").build()),
                new Factory("BulkEditParams", z -> BulkEditParams.builder().zoneId(z)
                        .addItem(IP, Vendor.AWS, "us-east-1").build()),
                new Factory("BulkDeleteParams", z -> BulkDeleteParams.builder().zoneId(z).addIp(IP).build()),
                // the v2 family's parameters share the checks
                new Factory("origin.ListParams.of", dev.cfregions.core.origin.ListParams::of),
                new Factory("origin.ListParams.of(page)", z -> dev.cfregions.core.origin.ListParams.of(z, 3, 7)),
                new Factory("origin.SupportedRegionsParams.of", dev.cfregions.core.origin.SupportedRegionsParams::of),
                new Factory("origin.GetParams.of", z -> dev.cfregions.core.origin.GetParams.of(z, IP)),
                new Factory("origin.DeleteParams.of", z -> dev.cfregions.core.origin.DeleteParams.of(z, IP)),
                new Factory("origin.UpdateParams", z -> dev.cfregions.core.origin.UpdateParams.builder().zoneId(z).ip(IP)
                        .vendor(Vendor.AWS).region("us-east-1").build()),
                new Factory("origin.BulkUpdateParams", z -> dev.cfregions.core.origin.BulkUpdateParams.builder().zoneId(z)
                        .addItem(IP, Vendor.AWS, "us-east-1").build()),
                new Factory("origin.BulkDeleteParams", z -> dev.cfregions.core.origin.BulkDeleteParams.builder().zoneId(z)
                        .addIp(IP).build()));
    }

    static Stream<Arguments> badZoneIds() {
        List<String> bad = Arrays.asList(null, "", "a".repeat(33), "0".repeat(64), "a/b", "/", "..", ".", "../x",
                "a%2Fb", "%", "a b", " " + ZONE.substring(1), ZONE.substring(1) + " ", "a\tb", ZONE.substring(1) + "\n",
                "zon\u00e9", "\uff10\uff11", "a?b", "a#b", "a\\b", "a:b", "a\u0000b");
        return factories().stream().flatMap(f -> bad.stream().map(z -> Arguments.of(f, z)));
    }

    static Stream<Arguments> goodZoneIds() {
        List<String> good = List.of(ZONE, "a", "A".repeat(32), "zone-1_b", "0123456789abcdef0123456789ABCDEF");
        return factories().stream().flatMap(f -> good.stream().map(z -> Arguments.of(f, z)));
    }

    // ------------------------------------------------------------------------- zone id

    @ParameterizedTest(name = "{0} zoneId=\"{1}\"")
    @MethodSource("badZoneIds")
    void aBadZoneIdIsRefused(Factory factory, String zoneId) {
        ValidationException e = refused(() -> factory.make().apply(zoneId));
        assertThat(e).isNotInstanceOf(InvalidIpException.class);
        assertThat(e.field()).isEqualTo("zoneId");
        assertThat(e.value()).isEqualTo(zoneId);
        assertThat(e.getMessage()).contains("zoneId");
    }

    @ParameterizedTest(name = "{0} zoneId=\"{1}\"")
    @MethodSource("goodZoneIds")
    void aGoodZoneIdIsKept(Factory factory, String zoneId) throws Exception {
        Object params = factory.make().apply(zoneId);
        assertThat(params.getClass().getMethod("zoneId").invoke(params)).isEqualTo(zoneId);
    }

    // ------------------------------------------------------------------------- single IP

    @Nested
    class SingleIp {
        @Test
        void getAndDeleteCanonicalizeTheIp() {
            assertThat(GetParams.of(ZONE, "2001:0DB8:0:0::1").ip().value()).isEqualTo("2001:db8::1");
            assertThat(DeleteParams.of(ZONE, "::FFFF:C000:0201").ip().value()).isEqualTo("::ffff:192.0.2.1");
            assertThat(GetParams.of(ZONE, "2001:db8::1")).isEqualTo(GetParams.of(ZONE, "2001:DB8:0::1"));
        }

        @Test
        void createAndEditCanonicalizeTheIp() {
            CreateParams create = CreateParams.builder().zoneId(ZONE).ip("2001:0DB8:0000::0001").vendor(Vendor.AWS)
                    .region("us-east-1").build();
            assertThat(create.ip().value()).isEqualTo("2001:db8::1");
            assertThat(create.zoneId()).isEqualTo(ZONE);
            assertThat(create.vendor()).isEqualTo(Vendor.AWS);
            assertThat(create.region()).isEqualTo("us-east-1");
            assertThat(create.toBuilder().build()).isEqualTo(create).hasSameHashCodeAs(create);

            EditParams edit = EditParams.builder().zoneId(ZONE).ip(OriginIp.of("0:0:0:0:0:FFFF:c000:201"))
                    .vendor(Vendor.of("oci")).region("us-ashburn-1").build();
            assertThat(edit.ip().value()).isEqualTo("::ffff:192.0.2.1");
            assertThat(edit.vendor()).isEqualTo(Vendor.OCI);
        }

        @ParameterizedTest
        @MethodSource("dev.cfregions.core.cache.ParamsValidationTest#badIps")
        void aBadIpIsRefusedNamingTheIpField(String ip) {
            List<Runnable> uses = List.of(
                    () -> GetParams.of(ZONE, ip),
                    () -> DeleteParams.of(ZONE, ip),
                    () -> CreateParams.builder().zoneId(ZONE).ip(ip).vendor(Vendor.AWS).region("us-east-1").build(),
                    () -> EditParams.builder().zoneId(ZONE).ip(ip).vendor(Vendor.AWS).region("us-east-1").build(),
                    () -> dev.cfregions.core.origin.GetParams.of(ZONE, ip),
                    () -> dev.cfregions.core.origin.DeleteParams.of(ZONE, ip),
                    () -> dev.cfregions.core.origin.UpdateParams.builder().zoneId(ZONE).ip(ip).vendor(Vendor.AWS)
                            .region("us-east-1").build());
            for (Runnable use : uses) {
                ValidationException e = refused(use::run);
                assertThat(e).isInstanceOf(InvalidIpException.class);
                assertThat(e.field()).isEqualTo("ip");
                assertThat(e.value()).isEqualTo(ip);
            }
        }

        @Test
        void aMissingIpIsRefused() {
            List<Runnable> uses = List.of(
                    () -> new GetParams(ZONE, null),
                    () -> new DeleteParams(ZONE, null),
                    () -> CreateParams.builder().zoneId(ZONE).vendor(Vendor.AWS).region("us-east-1").build(),
                    () -> EditParams.builder().zoneId(ZONE).ip((OriginIp) null).vendor(Vendor.AWS).region("us-east-1")
                            .build());
            for (Runnable use : uses) {
                ValidationException e = refused(use::run);
                assertThat(e.field()).isEqualTo("ip");
                assertThat(e.value()).isNull();
            }
        }

        @Test
        void aMissingVendorIsRefused() {
            ValidationException create = refused(() -> CreateParams.builder().zoneId(ZONE).ip(IP).region("us-east-1")
                    .build());
            assertThat(create.field()).isEqualTo("vendor");
            assertThat(create.value()).isNull();
            ValidationException edit = refused(() -> EditParams.builder().zoneId(ZONE).ip(IP).vendor(null)
                    .region("us-east-1").build());
            assertThat(edit.field()).isEqualTo("vendor");
        }

        @ParameterizedTest
        @MethodSource("dev.cfregions.core.cache.ParamsValidationTest#badRegions")
        void aBadRegionIsRefusedAndNeverTrimmed(String region) {
            for (Runnable use : List.<Runnable>of(
                    () -> CreateParams.builder().zoneId(ZONE).ip(IP).vendor(Vendor.AWS).region(region).build(),
                    () -> EditParams.builder().zoneId(ZONE).ip(IP).vendor(Vendor.AWS).region(region).build(),
                    () -> dev.cfregions.core.origin.UpdateParams.builder().zoneId(ZONE).ip(IP).vendor(Vendor.AWS).region(region)
                            .build())) {
                ValidationException e = refused(use::run);
                assertThat(e.field()).isEqualTo("region");
                assertThat(e.value()).isEqualTo(region);
            }
        }

        @Test
        void aGoodRegionIsKeptAsGiven() {
            for (String region : List.of("us-east-1", "us-central1", "europe-west4", "eastus2", "ap-southeast-2", "r".repeat(64),
                    "Any_Printable!ASCII~{ok}")) {
                CreateParams p = CreateParams.builder().zoneId(ZONE).ip(IP).vendor(Vendor.AWS).region(region).build();
                assertThat(p.region()).isEqualTo(region);
            }
        }
    }

    // ------------------------------------------------------------------------- batches

    @Nested
    class Batches {
        @Test
        void exactlyOneHundredItemsAreAccepted() {
            BulkEditParams.Builder edit = BulkEditParams.builder().zoneId(ZONE);
            BulkDeleteParams.Builder delete = BulkDeleteParams.builder().zoneId(ZONE);
            for (int i = 0; i < 100; i++) {
                edit.addItem("10.0.0." + i, Vendor.AWS, "us-east-1");
                delete.addIp("2001:db8::" + Integer.toHexString(i));
            }
            assertThat(edit.build().items()).hasSize(100);
            assertThat(delete.build().ips()).hasSize(100);
        }

        @Test
        void moreThanOneHundredItemsAreRefused() {
            BulkEditParams.Builder edit = BulkEditParams.builder().zoneId(ZONE);
            BulkDeleteParams.Builder delete = BulkDeleteParams.builder().zoneId(ZONE);
            dev.cfregions.core.origin.BulkUpdateParams.Builder update = dev.cfregions.core.origin.BulkUpdateParams.builder()
                    .zoneId(ZONE);
            dev.cfregions.core.origin.BulkDeleteParams.Builder delete2 = dev.cfregions.core.origin.BulkDeleteParams.builder()
                    .zoneId(ZONE);
            for (int i = 0; i < 101; i++) {
                edit.addItem("10.0.0." + i, Vendor.AWS, "us-east-1");
                delete.addIp("2001:db8::" + Integer.toHexString(i));
                update.addItem("10.0.0." + i, Vendor.AWS, "us-east-1");
                delete2.addIp("2001:db8::" + Integer.toHexString(i));
            }
            for (ValidationException e : List.of(refused(edit::build), refused(delete::build), refused(update::build),
                    refused(delete2::build))) {
                assertThat(e.field()).isEqualTo("items");
                assertThat(e.value()).contains("101");
                assertThat(e.getMessage()).contains("100");
            }
        }

        @Test
        void twoSpellingsOfOneIpAreRefusedNamingBothItems() {
            List<String> ips = List.of("192.0.2.1", "2001:db8::1", "10.0.0.1", "2001:DB8:0::1");
            BulkDeleteParams.Builder delete = BulkDeleteParams.builder().zoneId(ZONE);
            BulkEditParams.Builder edit = BulkEditParams.builder().zoneId(ZONE);
            for (String ip : ips) {
                delete.addIp(ip);
                edit.addItem(ip, Vendor.AWS, "us-east-1");
            }
            for (ValidationException e : List.of(refused(delete::build), refused(edit::build))) {
                assertThat(e.field()).isEqualTo("items[3].ip");
                assertThat(e.value()).isEqualTo("2001:DB8:0::1");
                assertThat(e.getMessage()).contains("items[1]").contains("2001:db8::1")
                        .contains("items[3]").contains("2001:DB8:0::1");
            }
        }

        @Test
        void duplicatesAreFoundInEveryNotation() {
            List<List<String>> pairs = List.of(
                    List.of("::ffff:192.0.2.1", "0:0:0:0:0:FFFF:C000:0201"),
                    List.of("192.0.2.1", "192.0.2.1"),
                    List.of("::", "0:0:0:0:0:0:0:0"),
                    List.of("::c000:201", "::192.0.2.1"));
            for (List<String> pair : pairs) {
                ValidationException e = refused(() -> BulkDeleteParams.builder().zoneId(ZONE).addIp(pair.get(0))
                        .addIp(pair.get(1)).build());
                assertThat(e.field()).as(pair.toString()).isEqualTo("items[1].ip");
                assertThat(e.value()).isEqualTo(pair.get(1));
                assertThat(e.getMessage()).contains("items[0]").contains(pair.get(0));
            }
        }

        @Test
        void differentAddressesWithTheSameLastBitsAreNotDuplicates() {
            BulkDeleteParams p = BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1").addIp("::ffff:192.0.2.1")
                    .addIp("::192.0.2.1").addIp("64:ff9b::192.0.2.1").build();
            assertThat(p.ips()).extracting(OriginIp::value)
                    .containsExactly("192.0.2.1", "::ffff:192.0.2.1", "::c000:201", "64:ff9b::c000:201");
        }

        @ParameterizedTest
        @MethodSource("dev.cfregions.core.cache.ParamsValidationTest#badIps")
        void aBadItemIpIsNamedByItsIndex(String bad) {
            BulkDeleteParams.Builder delete = BulkDeleteParams.builder().zoneId(ZONE)
                    .addIp("192.0.2.1").addIp("192.0.2.2").addIp("192.0.2.3").addIp(bad).addIp("192.0.2.5");
            BulkEditParams.Builder edit = BulkEditParams.builder().zoneId(ZONE);
            for (String ip : Arrays.asList("192.0.2.1", "192.0.2.2", "192.0.2.3", bad, "192.0.2.5")) {
                edit.addItem(ip, Vendor.AWS, "us-east-1");
            }
            for (ValidationException e : List.of(refused(delete::build), refused(edit::build))) {
                assertThat(e).isInstanceOf(InvalidIpException.class);
                assertThat(e.field()).isEqualTo("items[3].ip");
                assertThat(e.value()).isEqualTo(bad);
                assertThat(e.getMessage()).contains("items[3].ip");
            }
        }

        @Test
        void aMissingItemIpIsNamedByItsIndex() {
            ValidationException delete = refused(() -> BulkDeleteParams.builder().zoneId(ZONE).addIp("192.0.2.1")
                    .addIp((String) null).build());
            ValidationException deleteOriginIp = refused(() -> BulkDeleteParams.builder().zoneId(ZONE)
                    .addIp((OriginIp) null).build());
            ValidationException edit = refused(() -> BulkEditParams.builder().zoneId(ZONE)
                    .addItem("192.0.2.1", Vendor.AWS, "us-east-1").addItem((String) null, Vendor.AWS, "us-east-1")
                    .build());
            assertThat(delete.field()).isEqualTo("items[1].ip");
            assertThat(deleteOriginIp.field()).isEqualTo("items[0].ip");
            assertThat(edit.field()).isEqualTo("items[1].ip");
            assertThat(delete.value()).isNull();
            assertThat(edit.value()).isNull();
        }

        @Test
        void aBadItemVendorOrRegionIsNamedByItsIndex() {
            ValidationException vendor = refused(() -> BulkEditParams.builder().zoneId(ZONE)
                    .addItem("192.0.2.1", Vendor.AWS, "us-east-1").addItem("192.0.2.2", Vendor.AWS, "us-east-1")
                    .addItem("192.0.2.3", null, "us-east-1").build());
            assertThat(vendor.field()).isEqualTo("items[2].vendor");
            assertThat(vendor.value()).isNull();
            for (String region : badRegions().toList()) {
                ValidationException e = refused(() -> BulkEditParams.builder().zoneId(ZONE)
                        .addItem("192.0.2.1", Vendor.AWS, "us-east-1").addItem("192.0.2.2", Vendor.GCP, region).build());
                assertThat(e.field()).isEqualTo("items[1].region");
                assertThat(e.value()).isEqualTo(region);
            }
        }

        @Test
        void builtBatchesHoldCanonicalIpsInOrder() {
            BulkEditParams edit = BulkEditParams.builder().zoneId(ZONE)
                    .addItem("2001:0DB8::0001", Vendor.AWS, "us-east-1")
                    .addItem(OriginIp.of("192.0.2.1"), Vendor.GCP, "us-central1")
                    .addItems(List.of(Mapping.of(OriginIp.of("::FFFF:c000:202"), Vendor.AZURE, "eastus")))
                    .build();
            assertThat(edit.zoneId()).isEqualTo(ZONE);
            assertThat(edit.items()).extracting(m -> m.ip().value())
                    .containsExactly("2001:db8::1", "192.0.2.1", "::ffff:192.0.2.2");
            assertThat(edit.items()).extracting(Mapping::region).containsExactly("us-east-1", "us-central1", "eastus");

            BulkDeleteParams.Builder builder = BulkDeleteParams.builder().zoneId(ZONE)
                    .addIp("2001:DB8:0:0:0:0:0:2").addIps(List.of("10.1.2.3", OriginIp.of("::1")));
            BulkDeleteParams delete = builder.build();
            assertThat(delete.ips()).extracting(OriginIp::value).containsExactly("2001:db8::2", "10.1.2.3", "::1");

            // immutable: the built list cannot change, neither directly nor through the builder
            builder.addIp("10.9.9.9");
            assertThat(delete.ips()).hasSize(3);
            assertThat(catchThrowable(() -> delete.ips().add(OriginIp.of("10.0.0.9"))))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(catchThrowable(() -> edit.items().clear())).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void nullCollectionsAreAValidationErrorNotANullPointerException() {
            // "never an NPE": a null argument is bad input like any other
            ValidationException ips = refused(() -> BulkDeleteParams.builder().zoneId(ZONE).addIps(null).build());
            assertThat(ips.field()).startsWith("items");
            ValidationException mappings = refused(() -> BulkEditParams.builder().zoneId(ZONE).addItems(null).build());
            assertThat(mappings.field()).startsWith("items");
            List<Mapping> withNull = new ArrayList<>();
            withNull.add(Mapping.of(OriginIp.of(IP), Vendor.AWS, "us-east-1"));
            withNull.add(null);
            ValidationException nullMapping = refused(() -> BulkEditParams.builder().zoneId(ZONE).addItems(withNull)
                    .build());
            assertThat(nullMapping.field()).startsWith("items[1]");
        }

        @Test
        void zoneIdIsCheckedOnBatchesToo() {
            ValidationException e = refused(() -> BulkDeleteParams.builder().addIp(IP).build());
            assertThat(e.field()).isEqualTo("zoneId");
            assertThatCode(() -> BulkDeleteParams.builder().zoneId(ZONE).addIp(IP).build()).doesNotThrowAnyException();
        }
    }

    // ------------------------------------------------------------------------- data and helpers

    static Stream<String> badIps() {
        return Stream.of("", " 192.0.2.1", "192.0.2.1 ", "192.168.000.001", "127.1", "fe80::1%eth0", "[::1]",
                "10.0.0.0/8", "1:2:3:4::5:6:7:8", "\uff11.2.3.4", "not-an-ip");
    }

    static Stream<String> badRegions() {
        return Stream.of(null, "", " ", " us-east-1", "us-east-1 ", "us east-1", "\tus-east-1", "us-east-1\t",
                "us-east-1\n", "us-east-1\r\n", "\nus-east-1", "\u00a0us-east-1", "us-east-1\u0000", "us-east-1\u2003",
                // invisible, bidirectional, non-ASCII, DEL, and longer than 64 characters
                "us-east\u200b-1", "\u202eus-east-1", "us-\u00e9ast-1", "us-east-1\u007f", "\uff55s-east-1", "r".repeat(65),
                "r".repeat(20_000));
    }

    /** The code must throw a {@link ValidationException}, and in particular not a NullPointerException. */
    static ValidationException refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable code) {
        Throwable t = catchThrowable(code);
        assertThat(t).as("expected a ValidationException").isInstanceOf(ValidationException.class);
        ValidationException e = (ValidationException) t;
        assertThat(e.field()).isNotBlank();
        assertThat(e.reason()).isNotBlank();
        assertThat(e.getMessage()).contains(e.field());
        return e;
    }
}
