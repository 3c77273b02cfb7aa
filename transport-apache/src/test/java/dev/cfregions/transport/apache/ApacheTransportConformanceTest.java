package dev.cfregions.transport.apache;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.testkit.conformance.TransportConformanceSuite;

/** The shared transport conformance suite, run against a transport with its own Apache client. */
class ApacheTransportConformanceTest extends TransportConformanceSuite {

    @Override
    protected HttpTransport createTransport(TransportConfig config) {
        return ApacheTransport.create(config);
    }
}
