package dev.cfregions.core.sync;

import dev.cfregions.core.errors.CloudflareException;

/**
 * A plan was refused before anything was written: it would delete more than
 * {@link PlanOptions#maxDeletes()} allows, or leave the zone above its mapping limit.
 */
public class PlanRefusedException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and what to do about it
     */
    public PlanRefusedException(String message) {
        super(message);
    }
}
