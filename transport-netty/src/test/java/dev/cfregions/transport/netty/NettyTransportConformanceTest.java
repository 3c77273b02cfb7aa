package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.testkit.conformance.TransportConformanceSuite;

/**
 * The shared transport conformance suite, run against a transport with its own event loop
 * group (the default, and the case where {@code close()} must stop threads). No thread is
 * excused: the transport waits for Netty's shared housekeeping thread in {@code close()}.
 */
class NettyTransportConformanceTest extends TransportConformanceSuite {

    @Override
    protected HttpTransport createTransport(TransportConfig config) {
        return NettyTransport.builder().config(config).build();
    }
}
