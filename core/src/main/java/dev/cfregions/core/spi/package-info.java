/**
 * The transport SPI: the one small interface ({@link dev.cfregions.core.spi.HttpTransport}) a transport implements, its immutable request and response, the provider for {@link java.util.ServiceLoader} discovery, and the transport failures. Everything else (retries, auth, timeouts, logging) lives in core above it.
 */
package dev.cfregions.core.spi;
