/**
 * The Netty 4.2 transport: {@link dev.cfregions.transport.netty.NettyTransport} and its
 * {@link java.util.ServiceLoader} entry {@link dev.cfregions.transport.netty.NettyTransportProvider}.
 * Everything else is package-private:
 *
 * <ul>
 *   <li>{@code Origin}: scheme, host and port of a request; the pool key, and the
 *       {@code Host} header.</li>
 *   <li>{@code ConnectionPool}: the keep-alive connections to one origin, bounded, with a
 *       bounded queue of waiting requests; state confined to one event loop.</li>
 *   <li>{@code ChannelSetup}: each connection's pipeline (TLS, HTTP/1.1 codec, decompression,
 *       aggregation capped at the body limit, {@code ExchangeHandler}).</li>
 *   <li>{@code Tls}: the JDK {@code SSLEngine} with hostname verification and SNI.</li>
 *   <li>{@code Exchange}: one request's life, from acquiring a connection to completing the
 *       caller's future, ending exactly once; {@code ExchangeHandler} feeds it from the
 *       pipeline.</li>
 *   <li>{@code OutboundRequest} / {@code InboundResponse}: SPI to Netty messages and back.</li>
 *   <li>{@code Failures}: Netty's exceptions to the SPI's.</li>
 * </ul>
 */
package dev.cfregions.transport.netty;
