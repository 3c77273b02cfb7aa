package dev.cfregions.core.ranges;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers for a list of IPs, split into the desired mappings and the IPs that got none.
 * Each IP appears once, in its input order, in exactly one of the two. Immutable.
 *
 * @param mappings one mapping per matched IP, with the IP as given ({@code ::ffff:a.b.c.d}
 *     stays IPv6)
 * @param unmatched every IP that did not match, with its answer ({@link RangeAnswer.NoMatch},
 *     {@link RangeAnswer.NoRegion}, {@link RangeAnswer.Conflict} or {@link RangeAnswer.Unsupported})
 */
public record Inference(List<Mapping> mappings, Map<OriginIp, RangeAnswer> unmatched) {
    /**
     * Copies the components.
     *
     * @param mappings the mappings
     * @param unmatched the IPs without one, in input order
     */
    public Inference {
        mappings = List.copyOf(mappings);
        unmatched = Collections.unmodifiableMap(new LinkedHashMap<>(unmatched));
    }

    /**
     * Whether every IP matched.
     *
     * @return true when {@link #unmatched()} is empty
     */
    public boolean complete() {
        return unmatched.isEmpty();
    }
}
