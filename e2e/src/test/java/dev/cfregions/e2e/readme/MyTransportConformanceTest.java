package dev.cfregions.e2e.readme;

// README-BEGIN
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.testkit.conformance.TransportConformanceSuite;

class MyTransportConformanceTest extends TransportConformanceSuite {
    @Override
    protected HttpTransport createTransport(TransportConfig config) {
        return new MyTransport(config);
    }
}
// README-END
