package dev.cfregions.core.model;

import dev.cfregions.core.errors.CloudflareError;
import dev.cfregions.core.spi.HttpHeaders;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A decoded result together with the HTTP response it came in: status, headers and the
 * envelope's {@code messages[]}, which is where Cloudflare puts notices such as deprecations.
 * Returned by the {@code withRawResponse()} view of either endpoint family. Immutable.
 *
 * @param value the decoded result, exactly what the plain call returns
 * @param status the HTTP status of the response the value was read from
 * @param headers that response's headers
 * @param messages the envelope's {@code messages[]}, in order; empty when it held none
 * @param <T> the type of {@code value}
 */
public record RawResponse<T>(T value, int status, HttpHeaders headers, List<CloudflareError> messages) {
    /**
     * Creates the value, checking its components.
     *
     * @param value the value
     * @param status the HTTP status code
     * @param headers the header fields
     * @param messages the envelope's {@code messages[]}, in order; empty when it held none
     * @throws NullPointerException if {@code value}, {@code headers} or {@code messages} is null
     */
    public RawResponse {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(headers, "headers");
        messages = List.copyOf(messages);
    }

    /** @return the {@code cf-ray} header, for Cloudflare support; empty when absent */
    public Optional<String> cfRay() {
        return headers.firstValue("cf-ray");
    }

    /**
     * The same response holding another value, as when a view turns one result into another.
     *
     * @param fn turns the value into the new one
     * @param <U> the new value's type
     * @return a response with the same status, headers and messages
     */
    public <U> RawResponse<U> map(Function<? super T, ? extends U> fn) {
        return new RawResponse<>(fn.apply(value), status, headers, messages);
    }
}
