package dev.cfregions.core.sync;

/** What a sync may do to mappings the desired set does not list. */
public enum SyncMode {
    /** Create and update only; mappings the desired set does not list stay. */
    ADDITIVE,
    /** The desired set is the whole zone: mappings it does not list are deleted. */
    FULL_OWNERSHIP
}
