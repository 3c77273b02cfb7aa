package dev.cfregions.core.sync;

import dev.cfregions.core.model.Mapping;
import java.util.Objects;

/**
 * One mapping whose target changes.
 *
 * @param before the mapping as the zone holds it
 * @param after the mapping as desired (same IP)
 */
public record Update(Mapping before, Mapping after) {
    /**
     * Checks that both name one IP.
     *
     * @param before the mapping as the zone holds it
     * @param after the mapping as desired
     * @throws IllegalArgumentException if the IPs differ
     */
    public Update {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.ip().equals(after.ip())) {
            throw new IllegalArgumentException("an update keeps its IP: " + before.ip() + " vs " + after.ip());
        }
    }
}
