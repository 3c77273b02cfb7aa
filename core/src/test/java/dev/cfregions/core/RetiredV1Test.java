package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.cache.DeleteParams;
import dev.cfregions.core.cache.OriginCloudRegions;
import dev.cfregions.core.errors.ApiException;
import dev.cfregions.core.errors.EndpointRetiredException;
import dev.cfregions.core.errors.NotFoundException;
import dev.cfregions.core.origin.GetParams;
import dev.cfregions.core.params.RetryPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A retired v1 family is told apart from a missing mapping, and v2 is never taken for retired. */
class RetiredV1Test {
    private static final String NO_ROUTE = "{\"success\":false,\"errors\":[{\"code\":7000,\"message\":\"No route for that URI\"}],"
            + "\"messages\":[],\"result\":null}";
    private static final String BAD_IDENTIFIER = "{\"success\":false,\"errors\":[{\"code\":7003,\"message\":\"Could not route to "
            + "/zones/x, perhaps your object identifier is invalid?\"},{\"code\":7000,\"message\":\"No route for that URI\"}],"
            + "\"messages\":[],\"result\":null}";

    private RecordingTransport transport;
    private CloudflareClient client;
    private OriginCloudRegions ocr;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        client = CloudflareClient.builder().apiToken("t").transport(transport).retryPolicy(RetryPolicy.none()).build();
        ocr = client.cache().originCloudRegions();
    }

    @Test
    void a410IsRetiredAndPointsToTheV2Handle() {
        transport.respond(410, NO_ROUTE, "cf-ray", "ray-1");
        EndpointRetiredException e = catchThrowableOfType(EndpointRetiredException.class, () -> ocr.list(ZONE));
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.status()).isEqualTo(410);
        assertThat(e.cfRay()).contains("ray-1");
        assertThat(e.getMessage()).contains("client.origin().cloudRegions()").contains("HTTP 410");
    }

    @Test
    void a410WithoutAJsonBodyIsRetiredToo() {
        transport.respond(410, "<html>Gone</html>");
        assertThat(catchThrowable(() -> ocr.delete(DeleteParams.of(ZONE, "192.0.2.1")))).isInstanceOf(EndpointRetiredException.class);
    }

    @Test
    void a404With7000OnAWellFormedRouteIsRetiredNotAMissingMapping() {
        transport.respond(404, NO_ROUTE);
        Throwable e = catchThrowable(() -> ocr.delete(DeleteParams.of(ZONE, "192.0.2.1")));
        assertThat(e).isInstanceOf(EndpointRetiredException.class);
        assertThat(((ApiException) e).hasCode(7000)).isTrue();
    }

    @Test
    void aMissingMappingIsStillAPlainNotFound() {
        transport.respondWithExample(404, "v1-delete-1142.json");
        assertThat(catchThrowable(() -> ocr.delete(DeleteParams.of(ZONE, "192.0.2.1"))))
                .isInstanceOf(NotFoundException.class).isNotInstanceOf(EndpointRetiredException.class);
    }

    @Test
    void aBadIdentifierIsNotRetirement() {
        transport.respond(404, BAD_IDENTIFIER).respond(404, NO_ROUTE);
        assertThat(catchThrowable(() -> ocr.list(ZONE))).isInstanceOf(NotFoundException.class)
                .isNotInstanceOf(EndpointRetiredException.class);
        // a zone id that is not Cloudflare's 32 hex digits may itself be what has no route
        assertThat(catchThrowable(() -> ocr.list("my-zone"))).isInstanceOf(NotFoundException.class)
                .isNotInstanceOf(EndpointRetiredException.class);
    }

    @Test
    void v2IsNeverRetired() {
        transport.respond(410, NO_ROUTE).respond(404, NO_ROUTE);
        assertThat(catchThrowable(() -> client.origin().cloudRegions().get(GetParams.of(ZONE, "192.0.2.1"))))
                .isInstanceOf(ApiException.class).isNotInstanceOf(EndpointRetiredException.class);
        assertThat(catchThrowable(() -> client.origin().cloudRegions().get(GetParams.of(ZONE, "192.0.2.1"))))
                .isInstanceOf(NotFoundException.class).isNotInstanceOf(EndpointRetiredException.class);
    }
}
