package dev.cfregions.e2e;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;
import dev.cfregions.testkit.FakeCloudflare;
import java.time.Duration;
import java.util.ServiceLoader;

/** How a test reaches the fake: in-process, or over loopback HTTP through one of the real transports. */
enum Face {
    IN_PROCESS(null),
    OKHTTP("okhttp"),
    APACHE("apache"),
    NETTY("netty");

    private final String provider;

    Face(String provider) {
        this.provider = provider;
    }

    /** A new transport the caller closes; real ones are found through ServiceLoader, as an application finds them. */
    HttpTransport transport(FakeCloudflare fake) {
        if (provider == null) {
            return fake.transport();
        }
        for (TransportProvider p : ServiceLoader.load(TransportProvider.class)) {
            if (p.name().equals(provider)) {
                return p.create(TransportConfig.defaults().withConnectTimeout(Duration.ofSeconds(2)));
            }
        }
        throw new AssertionError("no " + provider + " provider on the test class path");
    }

    String baseUrl(FakeCloudflare fake) {
        return provider == null ? FakeCloudflare.IN_PROCESS_BASE_URL : fake.baseUrl();
    }
}
