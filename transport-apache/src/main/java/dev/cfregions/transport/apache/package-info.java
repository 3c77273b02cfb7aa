/**
 * An {@link dev.cfregions.core.spi.HttpTransport} on Apache HttpClient 5's asynchronous client.
 *
 * <p>Public: {@link dev.cfregions.transport.apache.ApacheTransport} (with its builder, to own a
 * client or wrap one the application lends) and
 * {@link dev.cfregions.transport.apache.ApacheTransportProvider}, registered for
 * {@link java.util.ServiceLoader}. Everything else is package-private: request conversion
 * ({@code RequestProducers}), the bounded, decoding response reader
 * ({@code BoundedResponseConsumer}, {@code ContentDecoder} and its gzip and deflate
 * implementations), the per-request state and deadline ({@code Exchange},
 * {@code ExchangeContext}) and the mapping of failures to the SPI's exceptions
 * ({@code Failures}).
 */
package dev.cfregions.transport.apache;
