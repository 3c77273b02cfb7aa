package dev.cfregions.core.cache;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import java.util.HashMap;
import java.util.Map;

/** Canonicalizes the IPs of a batch and refuses two spellings of one address. */
final class Batch {
    private final Map<OriginIp, Integer> seen = new HashMap<>();
    private final Map<Integer, String> spellings = new HashMap<>();

    /** The canonical IP of item {@code index}; refuses a duplicate, naming both items and spellings. */
    OriginIp add(int index, String spelling) {
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
