package dev.cfregions.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A region a vendor offers, with the Cloudflare upper-tier data centres next to it. Immutable.
 *
 * @param name the region identifier to use in a mapping, such as {@code us-east-1}
 * @param upperTierColos the upper-tier colo codes (IATA-style, such as {@code IAD}); may be
 *     empty when the service could not resolve them
 */
public record SupportedRegion(String name, List<String> upperTierColos) {
    /**
     * Creates the value, checking its components.
     *
     * @param name the region identifier to use in a mapping, such as {@code us-east-1}
     * @param upperTierColos the upper-tier colo codes (IATA-style, such as {@code IAD}); may be
     *     empty when the service could not resolve them
     * @throws NullPointerException if a required component is null
     */
    public SupportedRegion {
        Objects.requireNonNull(name, "name");
        upperTierColos = List.copyOf(upperTierColos);
    }
}
