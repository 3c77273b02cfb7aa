/**
 * Interceptors: code of yours that sees each attempt of every call (retries included) after
 * authentication and before the transport, as read-only views with credentials redacted, and
 * may add request headers such as {@code traceparent}. Added on the client builder with
 * {@code CloudflareClient.Builder.addInterceptor(Interceptor)}; see {@link dev.cfregions.core.intercept.Interceptor}.
 */
package dev.cfregions.core.intercept;
