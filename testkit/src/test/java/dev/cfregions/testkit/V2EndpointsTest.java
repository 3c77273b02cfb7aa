package dev.cfregions.testkit;

import static dev.cfregions.testkit.FakeTestSupport.OTHER_ZONE;
import static dev.cfregions.testkit.FakeTestSupport.TOKEN;
import static dev.cfregions.testkit.FakeTestSupport.V1;
import static dev.cfregions.testkit.FakeTestSupport.V2;
import static dev.cfregions.testkit.FakeTestSupport.ZONE;
import static dev.cfregions.testkit.FakeTestSupport.ip;
import static dev.cfregions.testkit.FakeTestSupport.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.Vendor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/** Behaviour of the seven v2 endpoints beyond the documented examples, over both faces. */
@Timeout(30)
class V2EndpointsTest extends SharedFakeTest {
    private static final String PUT_BODY = "{\"origin_ip\":\"%s\",\"vendor\":\"%s\",\"region\":\"%s\"}";

    private static Face.Wire wire(Face face) {
        return face.wire(fake).bearer(TOKEN);
    }

    private static String put(String ip, String vendor, String region) {
        return String.format(PUT_BODY, ip, vendor, region);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Face.Resp r) {
        return (List<Map<String, Object>>) r.json().get("result");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> info(Face.Resp r) {
        return (Map<String, Object>) r.json().get("result_info");
    }

    /** result_info as count/page/per_page/total_count/total_pages. */
    private static String infoText(Face.Resp r) {
        Map<String, Object> i = info(r);
        return i.get("count") + "/" + i.get("page") + "/" + i.get("per_page") + "/" + i.get("total_count") + "/" + i.get("total_pages");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> batch(Face.Resp r, String which) {
        return (List<Map<String, Object>>) r.result().get(which);
    }

    private static void seedMany(int n) {
        List<Mapping> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(mapping(ip(i), "aws", "us-east-1"));
        }
        fake.seed(ZONE, all);
    }

    @BothFaces
    void listPagesInInsertionOrderUpToAnEmptyPagePastTheEnd(Face face) throws Exception {
        seedMany(45);
        try (Face.Wire w = wire(face)) {
            Face.Resp first = w.get(V2);
            assertThat(first.status()).isEqualTo(200);
            assertThat(infoText(first)).as("default page 1, per_page 20").isEqualTo("20/1/20/45/3");
            List<Object> seen = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                Face.Resp r = w.get(V2 + "?page=" + page + "&per_page=20");
                items(r).forEach(m -> seen.add(m.get("origin_ip")));
                assertThat(items(r)).allSatisfy(m -> assertThat(m).containsOnlyKeys("origin_ip", "vendor", "region", "modified_on"));
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                expected.add(ip(i));
            }
            assertThat(seen).isEqualTo(expected);
            assertThat(infoText(w.get(V2 + "?page=3&per_page=20"))).isEqualTo("5/3/20/45/3");
            Face.Resp past = w.get(V2 + "?page=4&per_page=20");
            assertThat(past.status()).isEqualTo(200);
            assertThat(items(past)).isEmpty();
            assertThat(infoText(past)).isEqualTo("0/4/20/45/3");
            Face.Resp far = w.get(V2 + "?page=99999999999999999999999&per_page=100");
            assertThat(items(far)).isEmpty();
            assertThat(info(far).get("page").toString()).isEqualTo("99999999999999999999999");

            // an update keeps its place: page 1 still starts with ip(0)
            assertThat(w.send("PUT", V2 + "/" + ip(0), put(ip(0), "gcp", "us-central1")).status()).isEqualTo(200);
            assertThat(items(w.get(V2 + "?per_page=1")).get(0)).containsEntry("origin_ip", ip(0)).containsEntry("vendor", "gcp");
        }
    }

    @BothFaces
    void anExactMultipleOfPerPageEndsWithAnEmptyPageAndAnEmptyZoneHasNoPages(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            assertThat(infoText(w.get(V2 + "?per_page=7"))).isEqualTo("0/1/7/0/0");
            assertThat(infoText(w.get(V2 + "?page=2&per_page=7"))).isEqualTo("0/2/7/0/0");
            seedMany(40);
            assertThat(infoText(w.get(V2 + "?page=2&per_page=20"))).isEqualTo("20/2/20/40/2");
            assertThat(infoText(w.get(V2 + "?page=3&per_page=20"))).isEqualTo("0/3/20/40/2");
            seedMany(41);
            assertThat(infoText(w.get(V2 + "?page=3&per_page=20"))).as("one past a multiple").isEqualTo("1/3/20/41/3");
            assertThat(infoText(w.get(V2 + "?page=1&per_page=100"))).isEqualTo("41/1/100/41/1");
        }
    }

    @BothFaces
    void pagingQuirksServeSmallerPagesOrIgnorePageUntilReset(Face face) throws Exception {
        seedMany(5);
        try (Face.Wire w = wire(face)) {
            fake.capPerPage(2);
            Face.Resp capped = w.get(V2 + "?per_page=100");
            assertThat(infoText(capped)).as("the page size in effect is reported").isEqualTo("2/1/2/5/3");
            assertThat(items(w.get(V2 + "?page=3&per_page=4"))).extracting(m -> m.get("origin_ip")).containsExactly(ip(4));
            assertThat(w.get(V2 + "?per_page=101").status()).as("per_page is still validated").isEqualTo(400);

            fake.ignorePageParameter(true);
            Face.Resp second = w.get(V2 + "?page=2&per_page=2");
            assertThat(items(second)).extracting(m -> m.get("origin_ip")).containsExactly(ip(0), ip(1));
            assertThat(infoText(second)).isEqualTo("2/1/2/5/3");
            assertThat(w.get(V2 + "?page=0").status()).as("page is still validated").isEqualTo(400);

            assertThat(w.send("DELETE", "/__fake/paging", null).status()).isEqualTo(200);
            assertThat(infoText(w.get(V2 + "?page=2&per_page=2"))).isEqualTo("2/2/2/5/3");
            assertThat(w.send("PUT", "/__fake/paging", "{\"max_per_page\":3,\"ignore_page\":true}").status()).isEqualTo(200);
            assertThat(infoText(w.get(V2 + "?page=2&per_page=50"))).isEqualTo("3/1/3/5/2");
            Face.Resp bad = w.send("PUT", "/__fake/paging", "{\"max_per_page\":0}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("maxPerPage must be 1 to 100");
            fake.reset();
            seedMany(5);
            assertThat(infoText(w.get(V2 + "?page=2&per_page=2"))).as("reset restores the reference paging").isEqualTo("2/2/2/5/3");
        }
    }

    @BothFaces
    void badPageOrPerPageIs400With1146(Face face) throws Exception {
        seedMany(3);
        try (Face.Wire w = wire(face)) {
            for (String q : List.of("per_page=0", "per_page=101", "per_page=-1", "per_page=abc", "per_page=", "per_page=1.5",
                    "per_page=%2B5", "per_page=+5", "per_page=1e1", "per_page=99999999999999999999", "page=1&per_page=0x10")) {
                Face.Resp r = w.get(V2 + "?" + q);
                assertThat(r.status()).as(q).isEqualTo(400);
                assertThat(r.errorCode(0)).as(q).isEqualTo(1146);
                assertThat(r.errorMessage(0)).as(q).isEqualTo("invalid per_page parameter, must be between 1 and 100");
                assertThat(r.json().get("result")).isSameAs(Json.NULL);
            }
            for (String q : List.of("page=0", "page=-1", "page=x", "page=", "page=1.0", "page=-0", "page&per_page=5")) {
                Face.Resp r = w.get(V2 + "?" + q);
                assertThat(r.status()).as(q).isEqualTo(400);
                assertThat(r.errorCode(0)).as(q).isEqualTo(1146);
                assertThat(r.errorMessage(0)).as(q).isEqualTo("invalid page parameter, must be greater than or equal to 1");
            }
            assertThat(infoText(w.get(V2 + "?per_page=100&page=01"))).isEqualTo("3/1/100/3/1");
            assertThat(infoText(w.get(V2 + "?per_page=2&per_page=500&foo=bar&page=2"))).as("first occurrence counts, others ignored")
                    .isEqualTo("1/2/2/3/2");
            assertThat(infoText(w.get(V2 + "?%70age=2&per_page=%31"))).as("names and values are percent-decoded")
                    .isEqualTo("1/2/1/3/3");
        }
    }

    @BothFaces
    void putCreatesOrReplacesTheEntryAtTheCanonicalPathIp(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            Face.Resp created = w.send("PUT", V2 + "/2001%3ADB8%3A%3A1", put("2001:db8:0:0::1", "gcp", "us-central1"));
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            assertThat(created.result()).containsOnly(Map.entry("origin_ip", "2001:db8::1"), Map.entry("vendor", "gcp"),
                    Map.entry("region", "us-central1"), Map.entry("modified_on", "2026-03-01T12:00:00Z"));
            fake.advanceClock(Duration.ofSeconds(30));
            Face.Resp replaced = w.send("PUT", V2 + "/2001:0db8::0001", put("2001:DB8::1", "aws", "us-west-2"));
            assertThat(replaced.status()).isEqualTo(200);
            assertThat(replaced.result()).containsEntry("vendor", "aws").containsEntry("modified_on", "2026-03-01T12:00:30Z");
            assertThat(fake.mappings(ZONE)).extracting(m -> m.ip().value() + "/" + m.region()).containsExactly("2001:db8::1/us-west-2");
            assertThat(fake.zoneModifiedOn(ZONE)).isEqualTo(FakeTestSupport.T0.plusSeconds(30));
        }
    }

    @BothFaces
    void putFollowsTheValidationOrderAndABodyIpThatDiffersFromThePathStoresNothing(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            record Case(String path, String body, int code, String message) {}
            List<Case> cases = List.of(
                    new Case("192.0.2.1", "", 1146, null),
                    new Case("192.0.2.1", "[]", 1146, null),
                    new Case("192.0.2.1", "{\"ip\":\"192.0.2.1\",\"vendor\":\"aws\",\"region\":\"us-east-1\"}", 1146, ApiError.INVALID_IP),
                    new Case("192.0.2.1", "{\"origin_ip\":\"192.0.2.1\",\"region\":\"us-east-1\"}", 1146, null),
                    new Case("192.0.2.1", put("192.0.2.01", "aws", "us-east-1"), 1146, ApiError.INVALID_IP),
                    new Case("not-an-ip", put("192.0.2.1", "aws", "us-east-1"), 1146, ApiError.INVALID_IP),
                    new Case("fe80::1%25eth0", put("fe80::1", "aws", "us-east-1"), 1146, ApiError.INVALID_IP),
                    new Case("192.0.2.2", put("192.0.2.1", "aws", "us-east-1"), 1146, ApiError.IP_MISMATCH),
                    new Case("::ffff:192.0.2.1", put("192.0.2.1", "aws", "us-east-1"), 1146, ApiError.IP_MISMATCH),
                    new Case("192.0.2.2", put("192.0.2.1", "ibm", "nowhere"), 1146, ApiError.IP_MISMATCH),
                    new Case("192.0.2.1", put("192.0.2.1", "gcp", "us-east-1"), 1157, ApiError.BAD_VENDOR_REGION));
            for (Case c : cases) {
                Face.Resp r = w.send("PUT", V2 + "/" + c.path(), c.body());
                assertThat(r.status()).as(c.toString()).isEqualTo(400);
                assertThat(r.errorCode(0)).as(c.toString()).isEqualTo(c.code());
                if (c.message() != null) {
                    assertThat(r.errorMessage(0)).as(c.toString()).isEqualTo(c.message());
                }
            }
            assertThat(fake.mappings(ZONE)).isEmpty();
            assertThat(fake.storedZoneCount()).as("a rejected write creates no zone").isZero();
        }
    }

    @BothFaces
    void getAndDeleteFindTheCanonicalIpAndDeleteAnswersOnlyTheIp(Face face) throws Exception {
        fake.seed(ZONE, mapping("2001:db8::1", "gcp", "us-central1"), mapping("192.0.2.1", "aws", "us-east-1"));
        try (Face.Wire w = wire(face)) {
            Face.Resp got = w.get(V2 + "/2001:0DB8:0:0:0:0:0:1");
            assertThat(got.status()).isEqualTo(200);
            assertThat(got.result()).containsEntry("origin_ip", "2001:db8::1").doesNotContainKeys("id", "value", "editable");
            for (String bad : List.of("not-an-ip", "%C3%28", "10.0.0.0%2F8")) {
                assertThat(w.get(V2 + "/" + bad).errorCode(0)).as(bad).isEqualTo(1146);
                assertThat(w.send("DELETE", V2 + "/" + bad, null).errorCode(0)).as(bad).isEqualTo(1146);
            }
            Face.Resp deleted = w.send("DELETE", V2 + "/2001%3Adb8%3A%3A1", null);
            assertThat(deleted.status()).isEqualTo(200);
            assertThat(deleted.result()).containsOnly(Map.entry("origin_ip", "2001:db8::1"));
            Face.Resp again = w.send("DELETE", V2 + "/2001:db8::1", null);
            assertThat(again.status()).isEqualTo(404);
            assertThat(again.errorCode(0)).as("v2 delete is 1142 even where v1 says 1163").isEqualTo(1142);
            assertThat(w.get(V2 + "/2001:db8::1").errorCode(0)).isEqualTo(1142);

            assertThat(w.send("DELETE", V2 + "/192.0.2.1", null).status()).isEqualTo(200);
            assertThat(fake.zoneModifiedOn(ZONE)).as("the last delete removes the record").isNull();
            assertThat(w.get(V1).result().get("modified_on")).isSameAs(Json.NULL);
        }
    }

    @BothFaces
    void batchPutMergesInOrderLastCopyWinsAndEchoesWhatItCouldNotParse(Face face) throws Exception {
        fake.seed(ZONE, mapping("198.51.100.1", "aws", "us-east-1"));
        try (Face.Wire w = wire(face)) {
            Face.Resp r = w.send("PUT", V2 + "/batch", "[" + put("192.0.2.1", "aws", "us-east-1") + ","
                    + "\"not an object\","
                    + "{\"ip\":\"192.0.2.9\",\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "{\"origin_ip\":1e3,\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "{\"origin_ip\":-0.50,\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "{\"origin_ip\":null,\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "{\"origin_ip\":[\"192.0.2.1\"],\"vendor\":\"aws\",\"region\":\"us-east-1\"},"
                    + "{\"origin_ip\":\"192.0.2.1\",\"vendor\":\"gcp\"},"
                    + put("192.0.2.1", "gcp", "us-central1") + "]");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.result()).containsOnlyKeys("failed", "succeeded");
            assertThat(batch(r, "succeeded")).extracting(m -> m.get("origin_ip") + "/" + m.get("vendor") + "/" + m.get("region"))
                    .containsExactly("192.0.2.1/aws/us-east-1", "192.0.2.1/gcp/us-central1");
            assertThat(batch(r, "failed")).extracting(m -> m.get("origin_ip") + "|" + m.get("error")).containsExactly(
                    "|" + ApiError.INVALID_IP, "|" + ApiError.INVALID_IP, "1e3|" + ApiError.INVALID_IP,
                    "-0.50|" + ApiError.INVALID_IP, "null|" + ApiError.INVALID_IP, "[\"192.0.2.1\"]|" + ApiError.INVALID_IP,
                    "192.0.2.1|" + ApiError.BAD_VENDOR_REGION);
            assertThat(batch(r, "failed")).allSatisfy(m -> assertThat(m).containsOnlyKeys("origin_ip", "error"));
            assertThat(fake.mappings(ZONE)).extracting(m -> m.ip().value() + "/" + m.region())
                    .containsExactly("198.51.100.1/us-east-1", "192.0.2.1/us-central1");

            Face.Resp none = w.send("PUT", V2 + "/batch", "[]");
            assertThat(none.status()).isEqualTo(200);
            assertThat(none.result()).containsEntry("failed", List.of()).containsEntry("succeeded", List.of());
        }
    }

    @BothFaces
    void batchDeleteWithoutABodyIs400AndDeletesNothingAsTheSdkSendsIt(Face face) throws Exception {
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i < 101; i++) {
            tooMany.append(i == 0 ? "" : ",").append('"').append(ip(i)).append('"');
        }
        try (Face.Wire w = wire(face)) {
            Face.Resp noBody = w.send("DELETE", V2 + "/batch", null);
            assertThat(noBody.status()).isEqualTo(400);
            assertThat(noBody.errorCode(0)).isEqualTo(1146);
            assertThat(noBody.errorMessage(0)).isEqualTo(ApiError.NOT_AN_ARRAY);
            Face.Resp emptyJson = w.send("DELETE", V2 + "/batch", null, Map.of("Content-Type", "application/json"));
            assertThat(emptyJson.status()).isEqualTo(400);
            for (String body : List.of("{\"items\":[\"192.0.2.1\"]}", "\"192.0.2.1\"", "[\"192.0.2.1\"", tooMany + "]")) {
                Face.Resp r = w.send("DELETE", V2 + "/batch", body);
                assertThat(r.status()).as(body).isEqualTo(400);
                assertThat(r.errorCode(0)).as(body).isEqualTo(1146);
            }
            assertThat(fake.mappings(ZONE)).hasSize(1);
        }
    }

    @BothFaces
    void batchDeleteReportsEveryItemAndEchoesNumbersAsWritten(Face face) throws Exception {
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"), mapping("2001:db8::1", "gcp", "us-central1"),
                mapping("198.51.100.1", "oci", "us-ashburn-1"));
        try (Face.Wire w = wire(face)) {
            Face.Resp r = w.send("DELETE", V2 + "/batch",
                    "[\"2001:DB8::1\", \"192.0.2.1\", \"192.0.2.1\", \"203.0.113.9\", \"nope\", 1e3, 5, true, null]");
            assertThat(r.status()).isEqualTo(200);
            assertThat(batch(r, "succeeded")).extracting(m -> m.get("origin_ip") + "/" + m.get("vendor") + "/" + m.get("region"))
                    .containsExactly("2001:db8::1/gcp/us-central1", "192.0.2.1/aws/us-east-1");
            assertThat(batch(r, "failed")).extracting(m -> m.get("origin_ip") + "|" + m.get("error")).containsExactly(
                    "192.0.2.1|" + ApiError.NOT_FOUND, "203.0.113.9|" + ApiError.NOT_FOUND, "nope|" + ApiError.INVALID_IP,
                    "1e3|" + ApiError.INVALID_IP, "5|" + ApiError.INVALID_IP, "true|" + ApiError.INVALID_IP,
                    "null|" + ApiError.INVALID_IP);
            assertThat(fake.mappings(ZONE)).extracting(m -> m.ip().value()).containsExactly("198.51.100.1");
        }
    }

    @BothFaces
    void theLimitCountsOnlyNewIpsAndARejectedBatchAppliesNothing(Face face) throws Exception {
        seedMany(ZoneState.LIMIT);
        try (Face.Wire w = wire(face)) {
            Face.Resp fresh = w.send("PUT", V2 + "/192.0.2.1", put("192.0.2.1", "aws", "us-east-1"));
            assertThat(fresh.status()).isEqualTo(403);
            assertThat(fresh.errorCode(0)).isEqualTo(1164);
            assertThat(w.send("PUT", V2 + "/" + ip(7), put(ip(7), "gcp", "us-central1")).status()).isEqualTo(200);
            Face.Resp update = w.send("PUT", V2 + "/batch", "[" + put(ip(1), "oci", "us-ashburn-1") + "]");
            assertThat(update.status()).isEqualTo(200);
            Face.Resp mixed = w.send("PUT", V2 + "/batch", "[" + put(ip(2), "aws", "us-west-2") + ","
                    + put("192.0.2.9", "aws", "us-east-1") + "]");
            assertThat(mixed.status()).isEqualTo(403);
            assertThat(mixed.errorCode(0)).isEqualTo(1164);
            List<Mapping> now = fake.mappings(ZONE);
            assertThat(now).hasSize(ZoneState.LIMIT);
            assertThat(now.get(2).region()).isEqualTo("us-east-1");
            assertThat(now.get(1).vendor()).isEqualTo(Vendor.OCI);
            assertThat(now.get(7).vendor()).isEqualTo(Vendor.GCP);
            assertThat(infoText(w.get(V2 + "?page=35&per_page=100"))).isEqualTo("100/35/100/3500/35");
        }
    }

    @BothFaces
    void credentialsScopesAndReadOnlyTokensApplyToV2(Face face) throws Exception {
        fake.registerToken("zoned", TokenScope.zones(ZONE));
        fake.registerToken("reader", TokenScope.allZones().asReadOnly());
        fake.seed(ZONE, mapping("192.0.2.1", "aws", "us-east-1"));
        try (Face.Wire w = face.wire(fake)) {
            assertThat(w.get(V2).errorCode(0)).as("no credentials").isEqualTo(9106);
            assertThat(w.bearer("nope").get(V2).errorCode(0)).isEqualTo(10000);
            assertThat(w.bearer("zoned").get(V2).status()).isEqualTo(200);
            assertThat(w.bearer("zoned").get("/zones/" + OTHER_ZONE + "/origin/cloud_regions").errorCode(0)).isEqualTo(10000);
            assertThat(w.bearer("reader").get(V2 + "/192.0.2.1").status()).isEqualTo(200);
            for (String[] write : new String[][] {{"PUT", V2 + "/192.0.2.1", put("192.0.2.1", "gcp", "us-central1")},
                    {"DELETE", V2 + "/192.0.2.1", null}, {"PUT", V2 + "/batch", "[]"}, {"DELETE", V2 + "/batch", "[\"192.0.2.1\"]"}}) {
                Face.Resp r = w.bearer("reader").send(write[0], write[1], write[2]);
                assertThat(r.status()).as(write[0] + " " + write[1]).isEqualTo(403);
                assertThat(r.errorCode(0)).isEqualTo(9109);
            }
            assertThat(fake.mappings(ZONE)).extracting(Mapping::vendor).containsExactly(Vendor.AWS);
        }
    }

    @BothFaces
    void wrongMethodsOnV2PathsAre405AndLiteralsWinOverTheIp(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            Face.Resp post = w.send("POST", V2, put("192.0.2.1", "aws", "us-east-1"));
            assertThat(post.status()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).contains("GET");
            Face.Resp patch = w.send("PATCH", V2 + "/batch", "[]");
            assertThat(patch.status()).isEqualTo(405);
            assertThat(patch.headers().firstValue("Allow")).contains("PUT, DELETE");
            Face.Resp putRegions = w.send("PUT", V2 + "/supported_regions", "{}");
            assertThat(putRegions.status()).isEqualTo(405);
            assertThat(putRegions.headers().firstValue("Allow")).contains("GET");
            assertThat(w.get(V2 + "/").status()).isEqualTo(404);
            assertThat(fake.mappings(ZONE)).isEmpty();
        }
    }

    @BothFaces
    void supportedRegionsIsTheSameCatalogAndFollowsTieredCache(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            Face.Resp v2 = w.get(V2 + "/supported_regions");
            assertThat(v2.status()).isEqualTo(200);
            assertThat(v2.body()).isEqualTo(w.get(V1 + "/supported_regions").body());
            fake.setTieredCache(ZONE, false);
            Face.Resp off = w.get(V2 + "/supported_regions");
            assertThat(off.status()).isEqualTo(400);
            assertThat(off.errorCode(0)).isEqualTo(1148);
        }
    }

    @BothFaces
    void faultsRateLimitAndJournalCoverV2(Face face) throws Exception {
        try (Face.Wire w = wire(face)) {
            fake.faults().next(1, "PUT", "/zones/*/origin/cloud_regions/*", Fault.status(503, Map.of("Retry-After", "1")));
            Face.Resp faulted = w.send("PUT", V2 + "/192.0.2.1", put("192.0.2.1", "aws", "us-east-1"));
            assertThat(faulted.status()).isEqualTo(503);
            assertThat(faulted.headers().firstValue("Retry-After")).contains("1");
            assertThat(fake.mappings(ZONE)).as("a faulted request never reaches the handler").isEmpty();
            assertThat(w.send("PUT", V2 + "/192.0.2.1", put("192.0.2.1", "aws", "us-east-1")).status()).isEqualTo(200);
            w.get(V2 + "?page=2&per_page=5");
            assertThat(fake.journal().count("PUT", "/zones/*/origin/cloud_regions/*")).isEqualTo(2);
            RecordedRequest last = fake.journal().last().orElseThrow();
            assertThat(last.path()).isEqualTo("/client/v4" + V2);
            assertThat(last.query()).isEqualTo("page=2&per_page=5");

            fake.setRateLimit(1, Duration.ofMinutes(5));
            assertThat(w.get(V2).status()).isEqualTo(200);
            Face.Resp limited = w.get(V2);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.errorCode(0)).isEqualTo(971);
        }
    }
}
