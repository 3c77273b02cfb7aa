package dev.cfregions.core.intercept;

import dev.cfregions.core.errors.InterceptorException;

/**
 * Sees each attempt of every call the client makes, retries included: the request after
 * authentication and before the transport, then its response or its failure. For metrics,
 * tracing and audit logs. Added with {@code CloudflareClient.Builder.addInterceptor(Interceptor)};
 * every method does nothing unless overridden.
 *
 * <pre>{@code
 * Interceptor tracing = new Interceptor() {
 *     public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
 *         headers.add("traceparent", newTraceparent());
 *     }
 * };
 * }</pre>
 *
 * <p><b>Order.</b> {@link #beforeAttempt} runs in the order the interceptors were added, each
 * seeing the headers the ones before it added; {@link #afterAttempt} and {@link #onAttemptFailure}
 * run in the reverse order, so the first one added is outermost (it is first to see the request
 * and last to see the answer), as with nested decorators or AWS SDK v2's execution interceptors.
 * Every interceptor whose {@code beforeAttempt} returned normally hears how that attempt ended, by exactly one of
 * the other two methods.
 *
 * <p><b>What they see.</b> Read-only views: {@link AttemptRequest} shows the method, URI, headers
 * (the credential headers' values shown as {@value AttemptRequest#REDACTED}), body length and the
 * attempt's number; {@link AttemptResponse} the status, headers and body length, whatever the
 * status (a 503 about to be retried included). A failure is what the attempt failed with, such as
 * a {@code TransportException}. Interceptors may add request headers through {@link AddedHeaders},
 * never set, replace or remove the client's own (credentials, content and framing headers,
 * {@code Accept}, {@code User-Agent}).
 *
 * <p><b>Failures.</b> An interceptor that throws fails that call, and only that call, with an
 * {@link InterceptorException} whose cause is what it threw; the client and its other calls go on.
 * It is not retried: it says nothing about the network. When {@code beforeAttempt} throws, the
 * request is not sent.
 *
 * <p><b>Threads.</b> One interceptor serves every call of the client at once: it must be
 * thread-safe. {@code beforeAttempt} runs on the thread that starts the attempt; the other two
 * run on the thread that completes it, which may be a transport's I/O thread (the client's
 * completion executor comes after them), so keep them short. To tie an answer to its request,
 * read back a header added in {@code beforeAttempt}: the request passed to the response side is
 * the one sent, with every interceptor's additions.
 */
public interface Interceptor {
    /**
     * Called before each attempt is sent.
     *
     * @param request the request as it will be sent so far (after authentication, with the
     *     headers added by the interceptors before this one), credentials redacted
     * @param headers where to add headers to this attempt's request
     */
    default void beforeAttempt(AttemptRequest request, AddedHeaders headers) {}

    /**
     * Called when an attempt got an HTTP response, whatever its status.
     *
     * @param request the request as sent, with every interceptor's additions, credentials redacted
     * @param response the response
     */
    default void afterAttempt(AttemptRequest request, AttemptResponse response) {}

    /**
     * Called when an attempt failed without a response (connection refused, timeout, a body over
     * the cap, the client closed, or an interceptor that threw), or was cancelled.
     *
     * @param request the request as sent (or as it stood when an interceptor refused it),
     *     credentials redacted
     * @param failure what the attempt failed with
     */
    default void onAttemptFailure(AttemptRequest request, Throwable failure) {}
}
