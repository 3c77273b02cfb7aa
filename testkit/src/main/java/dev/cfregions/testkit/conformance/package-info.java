/**
 * The transport conformance suite: {@link dev.cfregions.testkit.conformance.TransportConformanceSuite},
 * which any {@code HttpTransport} implementation (bundled or third-party) runs by extending it,
 * and the loopback peers and TLS material it drives. Everything but the suite is package-private.
 */
package dev.cfregions.testkit.conformance;
