package dev.cfregions.core.model;

import java.util.Objects;

/**
 * An item a batch call did not apply, with the service's reason. Immutable.
 *
 * @param ip the IP as the service echoed it: canonical when it parsed, otherwise the raw
 *     input (possibly empty), which is why this is a string and not an {@link OriginIp}
 * @param error the service's reason; opaque text, do not branch on it
 */
public record BatchItemFailure(String ip, String error) {
    /**
     * Creates the value, checking its components.
     *
     * @param ip the IP as the service echoed it: canonical when it parsed, otherwise the raw
     *     input (possibly empty), which is why this is a string and not an {@link OriginIp}
     * @param error the service's reason; opaque text, do not branch on it
     * @throws NullPointerException if a required component is null
     */
    public BatchItemFailure {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(error, "error");
    }
}
