/**
 * The OkHttp 5 transport: {@link dev.cfregions.transport.okhttp.OkHttpTransport} and its
 * {@code ServiceLoader} provider {@link dev.cfregions.transport.okhttp.OkHttpTransportProvider}.
 * Everything else here is package-private.
 */
package dev.cfregions.transport.okhttp;
