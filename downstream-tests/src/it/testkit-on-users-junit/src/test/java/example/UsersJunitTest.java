package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;
import dev.cfregions.testkit.FakeCloudflare;
import dev.cfregions.testkit.FakeCloudflareExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user's test: the testkit's extension and fake, run by the user's own JUnit. */
@ExtendWith(FakeCloudflareExtension.class)
class UsersJunitTest {

    @Test
    void theUsersJunitIsTheOnlyOneOnTheClassPath() throws ClassNotFoundException {
        String expected = System.getProperty("users.junit.version");
        assertEquals(expected, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
        assertEquals(expected,
                Class.forName("org.junit.jupiter.engine.JupiterTestEngine").getPackage().getImplementationVersion(),
                "junit-jupiter-engine");
    }

    @Test
    void theExtensionInjectsAFakeAndAClientThatTalksToIt(FakeCloudflare fake, CloudflareClient client) {
        fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, Mapping.of(OriginIp.of("192.0.2.1"), Vendor.AWS, "us-east-1"));

        List<Mapping> listed = new ArrayList<>();
        client.origin().cloudRegions().listAll(FakeCloudflare.EXAMPLE_ZONE_ID).forEach(listed::add);

        assertEquals(1, listed.size());
        assertEquals("us-east-1", listed.get(0).region());
        fake.journal().verify(1, "GET", "/zones/*/origin/cloud_regions");
    }
}
