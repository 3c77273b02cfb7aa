package dev.cfregions.core.params.internal;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonicalizes the IPs of one batch and refuses two spellings of one address. One instance per
 * batch being built; not thread-safe. Internal: not an API.
 */
public final class BatchIps {
    private final Map<OriginIp, Integer> seen = new HashMap<>();
    private final Map<Integer, String> spellings = new HashMap<>();

    /** An empty batch. */
    public BatchIps() {}

    /**
     * @param index the item's position in the batch
     * @param spelling the IP as given
     * @return the canonical IP of item {@code index}
     * @throws ValidationException if the IP is invalid, or the same address as an earlier item
     *     (naming both items and spellings)
     */
    public OriginIp add(int index, String spelling) {
        String field = "items[" + index + "].ip";
        OriginIp ip = OriginIp.of(spelling, field);
        Integer earlier = seen.putIfAbsent(ip, index);
        if (earlier != null) {
            throw new ValidationException(field, spelling, "same address as items[" + earlier + "].ip \""
                    + spellings.get(earlier) + "\" (both are " + ip + "); each IP may appear once per batch");
        }
        spellings.put(index, spelling);
        return ip;
    }
}
