package dev.cfregions.core.sync;

import dev.cfregions.core.model.OriginIp;
import java.util.Objects;

/**
 * A planned change that did not happen, with the reason.
 *
 * @param ip the mapping's IP
 * @param action what was planned for it
 * @param reason the service's per-item error, or the request-level failure that remained after
 *     every round; opaque text
 */
public record ItemFailure(OriginIp ip, Action action, String reason) {
    /**
     * Checks that nothing is null.
     *
     * @param ip the IP
     * @param action the planned action
     * @param reason why it failed
     */
    public ItemFailure {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
