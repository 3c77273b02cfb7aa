package dev.cfregions.core.origin;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.params.internal.Validate;

/**
 * Parameters of {@link CloudRegions#list}: the zone and which page. Immutable; checked when
 * made, so an invalid page is never sent.
 *
 * @param zoneId the zone, such as {@code 023e105f4ecef8ad9ca31a8372d0c353}
 * @param page the page number, from 1 (no upper bound: a page past the end is empty)
 * @param perPage how many mappings a page holds, 1 to 100
 */
public record ListParams(String zoneId, int page, int perPage) {
    /** The largest page the service serves, and what {@link #of(String)} asks for. */
    public static final int MAX_PER_PAGE = 100;

    /**
     * Creates the value, checking its components.
     *
     * @param zoneId the zone id
     * @param page the page number, from 1 (no upper bound: a page past the end is empty)
     * @param perPage how many mappings a page holds, 1 to 100
     * @throws ValidationException naming {@code zoneId}, {@code page} or {@code perPage} if it is out of range
     */
    public ListParams {
        Validate.zoneId(zoneId);
        if (page < 1) {
            throw new ValidationException("page", String.valueOf(page), "must be at least 1");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new ValidationException("perPage", String.valueOf(perPage), "must be between 1 and " + MAX_PER_PAGE);
        }
    }

    /**
     * The first page, at the largest page size: the fewest requests to read a zone.
     *
     * @param zoneId the zone
     * @return page 1 with 100 per page
     */
    public static ListParams of(String zoneId) {
        return new ListParams(zoneId, 1, MAX_PER_PAGE);
    }

    /**
     * @param zoneId the zone
     * @param page the page number, from 1
     * @param perPage the page size, 1 to 100
     * @return the parameters
     */
    public static ListParams of(String zoneId, int page, int perPage) {
        return new ListParams(zoneId, page, perPage);
    }

    /**
     * @param page another page number, from 1
     * @return these parameters for that page
     */
    public ListParams withPage(int page) {
        return new ListParams(zoneId, page, perPage);
    }
}
