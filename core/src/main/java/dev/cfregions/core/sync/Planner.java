package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares a desired set with a zone's mappings. Pure: no I/O, no clock, no state. */
public final class Planner {
    private Planner() {}

    /**
     * The plan that makes {@code actual} equal {@code desired} under {@code options}.
     *
     * @param desired what the zone should hold
     * @param actual what the zone holds now, as listed (timestamps are ignored)
     * @param options mode, delete guard and zone limit
     * @return an immutable plan
     * @throws PlanRefusedException if the plan would delete more than {@code maxDeletes}, or
     *     leave the zone above its limit
     * @throws ValidationException if an argument is null or {@code actual} lists an IP twice
     */
    public static Plan plan(DesiredSet desired, List<Mapping> actual, PlanOptions options) {
        if (desired == null) {
            throw new ValidationException("desired", null, "required");
        }
        if (actual == null) {
            throw new ValidationException("actual", null, "required");
        }
        if (options == null) {
            throw new ValidationException("options", null, "required");
        }
        Map<OriginIp, Mapping> current = new LinkedHashMap<>();
        for (int i = 0; i < actual.size(); i++) {
            Mapping m = actual.get(i);
            if (m == null) {
                throw new ValidationException("actual[" + i + "]", null, "required");
            }
            if (current.put(m.ip(), m) != null) {
                throw new ValidationException("actual[" + i + "].ip", m.ip().value(), "listed twice by the zone");
            }
        }
        List<Mapping> creates = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        List<Mapping> unchanged = new ArrayList<>();
        for (Mapping want : desired.mappings()) {
            Mapping have = current.get(want.ip());
            if (have == null) {
                creates.add(want);
            } else if (have.sameTarget(want)) {
                unchanged.add(have);
            } else {
                updates.add(new Update(have, want));
            }
        }
        List<Mapping> deletes = new ArrayList<>();
        if (options.mode() == SyncMode.FULL_OWNERSHIP) {
            for (Mapping have : current.values()) {
                if (!desired.contains(have.ip())) {
                    deletes.add(have);
                }
            }
        }
        if (options.maxDeletes().isPresent() && deletes.size() > options.maxDeletes().getAsInt()) {
            throw new PlanRefusedException("The plan would delete " + deletes.size() + " mappings, more than maxDeletes "
                    + options.maxDeletes().getAsInt() + " allows; nothing was written. Check the desired set, or raise "
                    + "maxDeletes if these deletes are meant");
        }
        int after = current.size() + creates.size() - deletes.size();
        if (after > options.zoneLimit()) {
            throw new PlanRefusedException("The zone would hold " + after + " mappings, above its limit of "
                    + options.zoneLimit() + " (" + current.size() + " now, " + creates.size() + " to create, "
                    + deletes.size() + " to delete); nothing was written"
                    + (options.mode() == SyncMode.ADDITIVE ? ". Full ownership would delete the unlisted ones" : ""));
        }
        return new Plan(desired, options, creates, updates, deletes, unchanged, current.size());
    }

    /**
     * The plan for only some IPs of {@code base}'s desired set, against a fresh read: what an
     * apply re-plans after request-level failures. Deletes are planned only for IPs in
     * {@code ips}; the guard and limit of the original plan apply.
     */
    static Plan replan(Plan base, Set<OriginIp> ips, List<Mapping> actual) {
        DesiredSet.Builder part = DesiredSet.builder();
        for (Mapping m : base.desired().mappings()) {
            if (ips.contains(m.ip())) {
                part.add(m);
            }
        }
        Set<OriginIp> unlisted = new HashSet<>(ips);
        List<Mapping> scope = new ArrayList<>();
        for (Mapping m : actual) {
            if (ips.contains(m.ip())) {
                scope.add(m);
            }
            unlisted.remove(m.ip());
        }
        Plan p = plan(part.build(), scope, base.options());
        // the limit counts the whole zone, not only the IPs re-planned
        return new Plan(base.desired(), base.options(), p.creates(), p.updates(), p.deletes(), p.unchanged(),
                actual.size());
    }
}
