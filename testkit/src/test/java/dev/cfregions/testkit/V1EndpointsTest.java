package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.T0;
import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.ip;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.SupportedRegion;
import dev.cfregions.core.model.SupportedRegions;
import dev.cfregions.core.model.Vendor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/** Behaviour of the eight v1 endpoints beyond the documented examples, over both faces. */
@Timeout(30)
class V1EndpointsTest extends SharedFakeTest {

    private static Face.Wire wire(Face face) {
        return face.wire(fake).bearer(TOKEN);
    }

    private static List<String> ips(List<Mapping> mappings) {
        return mappings.stream().map(m -> m.ip().value()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listValue(Face.Resp r) {
        return (List<Map<String, Object>>) r.result().get("value");
    }

    @BothFaces
    void createStoresTheCanonicalIpAndAnotherSpellingIsTheSameMapping(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            Face.Resp created = w.send("POST", V1, "{\n  \"ip\" : \"2001:0DB8:0000:0000:0000:0000:0000:0001\",\n"
                    + "  \"vendor\" : \"gcp\",\n  \"region\" : \"us-central1\"\n}");
            assertThat(created.status()).isEqualTo(200);
            assertThat(((Map<?, ?>) created.result().get("value")).get("origin-ip")).isEqualTo("2001:db8::1");

            Face.Resp again = w.send("POST", V1, "{\"ip\":\"2001:db8:0::1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.errorCode(0)).isEqualTo(1145);
            assertThat(fake.mappings(ZONE)).containsExactly(new Mapping(
                    dev.cfregions.core.model.OriginIp.of("2001:db8::1"), Vendor.GCP, "us-central1", T0));
        }
    }

    @BothFaces
    void singleWritesRejectBadBodiesWith1146AndChangeNothing(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            for (String body : List.of("", "not json", "[]", "{\"vendor\":\"aws\",\"region\":\"us-east-1\"}",
                    "{\"ip\":42,\"vendor\":\"aws\",\"region\":\"us-east-1\"}",
                    "{\"ip\":\" 192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}",
                    "{\"ip\":\"192.000.002.001\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}",
                    "{\"ip\":\"192.0.2.1\",\"region\":\"us-east-1\"}",
                    "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\"}",
                    "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"} trailing")) {
                for (String method : List.of("POST", "PATCH")) {
                    Face.Resp r = w.send(method, V1, body);
                    assertThat(r.status()).as(method + " " + body).isEqualTo(400);
                    assertThat(r.errorCode(0)).as(method + " " + body).isEqualTo(1146);
                    assertThat(r.json().get("result")).isSameAs(Json.NULL);
                    assertThat(r.json().get("success")).isEqualTo(false);
                }
            }
            assertThat(fake.mappings(ZONE)).isEmpty();
        }
    }

    @BothFaces
    void unknownVendorOrRegionIs1157EvenForARegionOfAnotherVendor(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            for (String body : List.of("{\"ip\":\"192.0.2.1\",\"vendor\":\"ibm\",\"region\":\"us-east-1\"}",
                    "{\"ip\":\"192.0.2.1\",\"vendor\":\"AWS\",\"region\":\"us-east-1\"}",
                    "{\"ip\":\"192.0.2.1\",\"vendor\":\"gcp\",\"region\":\"us-east-1\"}")) {
                Face.Resp r = w.send("PATCH", V1, body);
                assertThat(r.status()).as(body).isEqualTo(400);
                assertThat(r.errorCode(0)).isEqualTo(1157);
            }
            assertThat(fake.mappings(ZONE)).isEmpty();
        }
    }

    @BothFaces
    void editUpsertsKeepsPositionAndStampsTheSetAndTheEntry(Face face) throws Exception {
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"), mapping("192.0.2.2", "aws", "us-east-1"));
        fake.advanceClock(Duration.ofSeconds(90));
        try (Face.Wire w = wire(face)) {
            Face.Resp r = w.send("PATCH", V1, "{\"ip\":\"192.0.2.1\",\"vendor\":\"azure\",\"region\":\"westeurope\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            List<Map<String, Object>> value = listValue(r);
            assertThat(value).extracting(m -> m.get("origin-ip")).containsExactly("192.0.2.1", "192.0.2.2");
            assertThat(value.get(0)).containsEntry("vendor", "azure").containsEntry("region", "westeurope")
                    .containsEntry("modified_on", "2026-03-01T12:01:30Z");
            assertThat(value.get(1)).containsEntry("modified_on", "2026-03-01T12:00:00Z");
            assertThat(r.result().get("modified_on")).isEqualTo("2026-03-01T12:01:30Z");
        }
    }

    @BothFaces
    void pathIpIsPercentDecodedThenCanonicalized(Face face) throws Exception {
        fake.seed(ZONE, mapping("2001:db8::1", "gcp", "us-central1"));
        try (Face.Wire w = wire(face)) {
            for (String spelled : List.of("2001:db8::1", "2001%3Adb8%3A%3A1", "2001:0DB8:0:0:0:0:0:1", "2001%3a0db8%3a%3a0001")) {
                Face.Resp r = w.get(V1 + "/" + spelled);
                assertThat(r.status()).as(spelled).isEqualTo(200);
                assertThat(((Map<?, ?>) r.result().get("value")).get("origin-ip")).isEqualTo("2001:db8::1");
            }
            for (String bad : List.of("not-an-ip", "10.0.0.0%2F8", "%C3%28", "fe80::1%25eth0", "%5B2001:db8::1%5D")) {
                Face.Resp r = w.get(V1 + "/" + bad);
                assertThat(r.status()).as(bad).isEqualTo(400);
                assertThat(r.errorCode(0)).isEqualTo(1146);
                Face.Resp d = w.send("DELETE", V1 + "/" + bad, null);
                assertThat(d.status()).as(bad).isEqualTo(400);
            }
            assertThat(fake.mappings(ZONE)).hasSize(1);
        }
    }

    @BothFaces
    void deletingTheLastMappingRemovesTheRecord(Face face) throws Exception {
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"), mapping("192.0.2.2", "aws", "us-west-2"));
        try (Face.Wire w = wire(face)) {
            fake.advanceClock(Duration.ofSeconds(5));
            assertThat(w.send("DELETE", V1 + "/192.0.2.1", null).status()).isEqualTo(200);
            assertThat(w.get(V1).result().get("modified_on")).isEqualTo("2026-03-01T12:00:05Z");
            Face.Resp last = w.send("DELETE", V1 + "/192.0.2.2", null);
            assertThat(((Map<?, ?>) last.result().get("value")).get("region")).isEqualTo("us-west-2");
            assertThat(last.result().get("modified_on")).as("the deleted entry's own timestamp").isEqualTo("2026-03-01T12:00:00Z");
            Face.Resp list = w.get(V1);
            assertThat(listValue(list)).isEmpty();
            assertThat(list.result().get("modified_on")).isSameAs(Json.NULL);
            assertThat(fake.zoneModifiedOn(ZONE)).isNull();
            Face.Resp get = w.get(V1 + "/192.0.2.2");
            assertThat(get.status()).isEqualTo(404);
            assertThat(get.errorCode(0)).isEqualTo(1142);
        }
    }

    @BothFaces
    void theLimitCountsOnlyNewIps(Face face) throws Exception {
        List<Mapping> full = new ArrayList<>();
        for (int i = 0; i < ZoneState.LIMIT; i++) {
            full.add(mapping(ip(i), "aws", "us-east-1"));
        }
        fake.seed(ZONE, full);
        try (Face.Wire w = wire(face)) {
            Face.Resp create = w.send("POST", V1, "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
            assertThat(create.status()).isEqualTo(403);
            assertThat(create.errorCode(0)).isEqualTo(1164);
            Face.Resp update = w.send("PATCH", V1, "{\"ip\":\"" + ip(7) + "\",\"vendor\":\"gcp\",\"region\":\"us-central1\"}");
            assertThat(update.status()).isEqualTo(200);
            Face.Resp batchUpdate = w.send("PATCH", V1 + "/batch",
                    "[{\"ip\":\"" + ip(1) + "\",\"vendor\":\"oci\",\"region\":\"us-ashburn-1\"}]");
            assertThat(batchUpdate.status()).as(batchUpdate.body()).isEqualTo(200);
            Face.Resp batchNew = w.send("PATCH", V1 + "/batch", "[{\"ip\":\"" + ip(2) + "\",\"vendor\":\"aws\",\"region\":\"us-west-2\"},"
                    + "{\"ip\":\"192.0.2.9\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}]");
            assertThat(batchNew.status()).isEqualTo(403);
            assertThat(batchNew.errorCode(0)).isEqualTo(1164);
            List<Mapping> now = fake.mappings(ZONE);
            assertThat(now).hasSize(ZoneState.LIMIT);
            assertThat(now.get(2).region()).as("a rejected batch applies nothing").isEqualTo("us-east-1");
            assertThat(now.get(7).vendor()).isEqualTo(Vendor.GCP);
            assertThat(now.get(1).vendor()).isEqualTo(Vendor.OCI);
        }
    }

    @BothFaces
    void batchEditAppliesItemsInOrderAndLastDuplicateWins(Face face) throws Exception {
        fake.seed(ZONE, mapping("198.51.100.1", "aws", "us-east-1"));
        try (Face.Wire w = wire(face)) {
            Face.Resp r = w.send("PATCH", V1 + "/batch", "[{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "\"not an object\",{\"ip\":7,\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "{\"ip\":1E3,\"vendor\":\"aws\",\"region\":\"us-east-1\"},{\"ip\":1.50,\"vendor\":\"aws\"},"
                    + "{\"ip\":\"192.0.2.1\",\"vendor\":\"gcp\"},"
                    + "{\"ip\":\"192.0.2.01\",\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "{\"ip\":\"192.0.2.1\",\"vendor\":\"gcp\",\"region\":\"us-central1\"}]");
            assertThat(r.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, Object>>> value = (Map<String, List<Map<String, Object>>>) r.result().get("value");
            assertThat(value.get("succeeded")).extracting(m -> m.get("origin-ip") + "/" + m.get("vendor"))
                    .containsExactly("192.0.2.1/aws", "192.0.2.1/gcp");
            assertThat(value.get("failed")).extracting(m -> m.get("origin-ip") + "|" + m.get("error")).containsExactly(
                    "|" + ApiError.INVALID_IP, "7|" + ApiError.INVALID_IP, "1E3|" + ApiError.INVALID_IP,
                    "1.50|" + ApiError.INVALID_IP, "192.0.2.1|" + ApiError.BAD_VENDOR_REGION,
                    "192.0.2.01|" + ApiError.INVALID_IP);
            assertThat(value.get("failed")).allSatisfy(m -> assertThat(m).containsOnlyKeys("origin-ip", "error"));
            assertThat(fake.mappings(ZONE)).extracting(m -> m.ip() + "/" + m.region())
                    .containsExactly("198.51.100.1/us-east-1", "192.0.2.1/us-central1");
        }
    }

    @BothFaces
    void batchBodiesThatAreNotArraysOrTooLongAreRejectedWholesale(Face face) throws Exception {
        StringBuilder big = new StringBuilder("[");
        StringBuilder bigDelete = new StringBuilder("[");
        for (int i = 0; i < 101; i++) {
            big.append(i == 0 ? "" : ",").append("{\"ip\":\"").append(ip(i)).append("\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}");
            bigDelete.append(i == 0 ? "" : ",").append('"').append(ip(i)).append('"');
        }
        fake.seed(ZONE, mapping(ip(0), "aws", "us-west-2"));
        try (Face.Wire w = wire(face)) {
            for (String method : List.of("PATCH", "DELETE")) {
                for (String body : List.of("", "{\"items\":[]}", "\"192.0.2.1\"", "[1,")) {
                    Face.Resp r = w.send(method, V1 + "/batch", body.isEmpty() ? null : body);
                    assertThat(r.status()).as(method + " " + body).isEqualTo(400);
                    assertThat(r.errorCode(0)).isEqualTo(1146);
                    assertThat(r.errorMessage(0)).isEqualTo(ApiError.NOT_AN_ARRAY);
                }
            }
            Face.Resp tooMany = w.send("PATCH", V1 + "/batch", big.append("]").toString());
            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.errorMessage(0)).isEqualTo(ApiError.TOO_MANY);
            Face.Resp tooManyDeletes = w.send("DELETE", V1 + "/batch", bigDelete.append("]").toString());
            assertThat(tooManyDeletes.status()).isEqualTo(400);
            assertThat(fake.mappings(ZONE)).extracting(Mapping::region).containsExactly("us-west-2");

            Face.Resp empty = w.send("PATCH", V1 + "/batch", "[]");
            assertThat(empty.status()).isEqualTo(200);
            assertThat(empty.result().get("modified_on")).isSameAs(Json.NULL);
        }
    }

    @BothFaces
    void batchDeleteReportsEachItemAndEmptyingTheZoneRemovesTheRecord(Face face) throws Exception {
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"), mapping("2001:db8::1", "gcp", "us-central1"));
        try (Face.Wire w = wire(face)) {
            Face.Resp r = w.send("DELETE", V1 + "/batch",
                    "[\"2001:DB8::1\", \"192.0.2.1\", \"192.0.2.1\", \"198.51.100.9\", \"nope\", 5, 1e3]");
            assertThat(r.status()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, Object>>> value = (Map<String, List<Map<String, Object>>>) r.result().get("value");
            assertThat(value.get("succeeded")).extracting(m -> m.get("origin-ip") + "/" + m.get("vendor") + "/" + m.get("region"))
                    .containsExactly("2001:db8::1/gcp/us-central1", "192.0.2.1/aws/us-east-1");
            assertThat(value.get("failed")).extracting(m -> m.get("origin-ip") + "|" + m.get("error")).containsExactly(
                    "192.0.2.1|" + ApiError.NOT_FOUND, "198.51.100.9|" + ApiError.NOT_FOUND, "nope|" + ApiError.INVALID_IP,
                    "5|" + ApiError.INVALID_IP, "1e3|" + ApiError.INVALID_IP);
            assertThat(r.result().get("modified_on")).isEqualTo("2026-03-01T12:00:00Z");
            assertThat(fake.mappings(ZONE)).isEmpty();
            assertThat(w.get(V1).result().get("modified_on")).isSameAs(Json.NULL);

            Face.Resp nothing = w.send("DELETE", V1 + "/batch", "[\"192.0.2.1\"]");
            assertThat(nothing.result().get("modified_on")).isSameAs(Json.NULL);
        }
    }

    @BothFaces
    @SuppressWarnings("unchecked")
    void supportedRegionsDefaultsToFourVendorsAndCanBeReplacedOrSwitchedOff(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            Face.Resp r = w.get(V1 + "/supported_regions");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.result()).containsEntry("obtained_codes", true);
            assertThat(((Map<String, Object>) r.result().get("vendors")).keySet()).containsExactlyInAnyOrder("aws", "azure", "gcp", "oci");
            assertThat(r.result()).doesNotContainKey("id");

            fake.setSupportedRegions(new SupportedRegions(false, Map.of(Vendor.of("ibm"), List.of(new SupportedRegion("us-south", List.of())))));
            Face.Resp replaced = w.get(V1 + "/supported_regions");
            assertThat(replaced.result()).containsEntry("obtained_codes", false);
            assertThat(((Map<String, Object>) replaced.result().get("vendors")).keySet()).containsExactly("ibm");
            assertThat(w.send("POST", V1, "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}").errorCode(0))
                    .as("writes are validated against the replaced catalog").isEqualTo(1157);
            assertThat(w.send("POST", V1, "{\"ip\":\"192.0.2.1\",\"vendor\":\"ibm\",\"region\":\"us-south\"}").status()).isEqualTo(200);

            fake.setTieredCache(ZONE, false);
            Face.Resp off = w.get(V1 + "/supported_regions");
            assertThat(off.status()).isEqualTo(400);
            assertThat(off.errorCode(0)).isEqualTo(1148);
            assertThat(w.get("/zones/" + FakeTestSupport.OTHER_ZONE + "/cache/origin_cloud_regions/supported_regions").status())
                    .isEqualTo(200);
        }
    }

    @BothFaces
    void zonesAreIndependentAndQueryStringsAreIgnored(Face face) throws Exception {
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
        try (Face.Wire w = wire(face)) {
            assertThat(listValue(w.get(V1 + "?page=2&per_page=1"))).hasSize(1);
            assertThat(listValue(w.get("/zones/" + FakeTestSupport.OTHER_ZONE + "/cache/origin_cloud_regions"))).isEmpty();
        }
    }
}
