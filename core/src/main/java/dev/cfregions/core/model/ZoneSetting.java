package dev.cfregions.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The wrapper every {@code /cache/origin_cloud_regions} result comes in: the zone-level
 * setting record named {@code origin_public_cloud_region} that holds all of a zone's mappings.
 * Immutable.
 *
 * @param id the record's name, {@code origin_public_cloud_region} (not a per-mapping id)
 * @param editable whether the current credentials may modify the setting
 * @param value the operation's result: a list of mappings, one mapping, or a batch result
 * @param modifiedOn when the set (for list and edit) or the mapping (for single results) last
 *     changed; {@code null} on an empty zone, or for a batch in which nothing succeeded
 * @param <T> the type of {@code value}
 */
public record ZoneSetting<T>(String id, boolean editable, T value, Instant modifiedOn) {
    /** The record name the service uses. */
    public static final String ID = "origin_public_cloud_region";

    /**
     * Checks the fields and keeps an unmodifiable copy of a list or map value, so that a
     * setting is immutable whichever codec built it.
     *
     * @param id the record's name, {@code origin_public_cloud_region} (not a per-mapping id)
     * @param editable whether the current credentials may modify the setting
     * @param value the operation's result: a list of mappings, one mapping, or a batch result
     * @param modifiedOn when the set (for list and edit) or the mapping (for single results) last
     *     changed; {@code null} on an empty zone, or for a batch in which nothing succeeded
     */
    public ZoneSetting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        value = unmodifiable(value);
    }

    @SuppressWarnings("unchecked") // a copy of a List is a List, of a Map a Map: the value keeps its declared type
    private static <T> T unmodifiable(T value) {
        if (value instanceof List<?> list) {
            return (T) List.copyOf(list);
        }
        if (value instanceof Map<?, ?> map) {
            return (T) Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        return value;
    }
}
