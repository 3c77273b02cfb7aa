package dev.cfregions.core.sync;

/** What a plan does to one mapping. */
public enum Action {
    /** Create a mapping the zone lacks. */
    CREATE,
    /** Change the vendor or region of a mapping. */
    UPDATE,
    /** Remove a mapping the desired set does not list. */
    DELETE
}
