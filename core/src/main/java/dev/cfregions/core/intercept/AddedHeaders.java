package dev.cfregions.core.intercept;

import dev.cfregions.core.errors.ValidationException;

/**
 * Where an {@link Interceptor} adds headers to one attempt's request, during its
 * {@link Interceptor#beforeAttempt beforeAttempt} only. Adding is all it can do: the client's own
 * headers (the credential headers {@code Authorization}, {@code X-Auth-Email}, {@code X-Auth-Key},
 * the content and framing headers {@code Content-Type}, {@code Content-Length},
 * {@code Content-Encoding}, {@code Transfer-Encoding}, {@code Host}, and {@code Accept} and
 * {@code User-Agent}) cannot be set, replaced or removed; the rule is the one of
 * {@code RequestOptions.Builder.header}.
 */
public interface AddedHeaders {
    /**
     * Adds a header to this attempt's request. A header of that name already on the request (from
     * per-call options, or added by an interceptor before) keeps its values and gets this one too.
     *
     * @param name a header name the client does not own, such as {@code traceparent}
     * @param value the value, without line breaks
     * @return this
     * @throws ValidationException naming the header (never its value) if the name is empty, not
     *     a header token, or one the client owns, or the value is null or holds a line break or NUL;
     *     left uncaught, it fails the call as an {@code InterceptorException} with it as the cause
     * @throws IllegalStateException if called after {@code beforeAttempt} returned
     */
    AddedHeaders add(String name, String value);
}
