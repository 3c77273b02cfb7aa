package dev.cfregions.testkit;

import java.math.BigInteger;

/**
 * Deliberate departures of the v2 list from the reference, so a client's paging loop can be
 * tested against servers that misbehave: pages smaller than asked (the effective size is
 * reported in {@code result_info.per_page}, which the reference calls "page size in effect"),
 * and a {@code page} parameter that is ignored (every request gets page 1). Off by default.
 *
 * @param maxPerPage the largest page served, 1..100 (100: no cap)
 * @param ignorePage whether every request is answered with page 1
 */
record PagingQuirks(int maxPerPage, boolean ignorePage) {
    static final PagingQuirks NONE = new PagingQuirks(PageQuery.MAX_PER_PAGE, false);

    PagingQuirks {
        if (maxPerPage < 1 || maxPerPage > PageQuery.MAX_PER_PAGE) {
            throw new IllegalArgumentException("maxPerPage must be 1 to " + PageQuery.MAX_PER_PAGE + ", got " + maxPerPage);
        }
    }

    /** The page actually served for a valid request. */
    PageQuery apply(PageQuery asked) {
        return new PageQuery(ignorePage ? BigInteger.ONE : asked.page(), Math.min(asked.perPage(), maxPerPage));
    }
}
