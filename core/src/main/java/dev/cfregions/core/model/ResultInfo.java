package dev.cfregions.core.model;

/**
 * The {@code result_info} of one page of a paginated list, as the service reported it.
 * Immutable.
 *
 * @param count how many items this page holds
 * @param page this page's number, from 1
 * @param perPage the page size the service used (which may be smaller than the one asked for)
 * @param totalCount how many items the whole list holds
 * @param totalPages how many pages the whole list spans at {@code perPage}; 0 for an empty list
 */
public record ResultInfo(int count, int page, int perPage, int totalCount, int totalPages) {
    /**
     * Creates the value, checking its components.
     *
     * @param count how many items this page holds
     * @param page this page's number, from 1
     * @param perPage the page size the service used (which may be smaller than the one asked for)
     * @param totalCount how many items the whole list holds
     * @param totalPages how many pages the whole list spans at {@code perPage}; 0 for an empty list
     * @throws IllegalArgumentException if a number is negative
     */
    public ResultInfo {
        if (count < 0 || page < 0 || perPage < 0 || totalCount < 0 || totalPages < 0) {
            throw new IllegalArgumentException("result_info numbers must not be negative: count=" + count + ", page=" + page
                    + ", per_page=" + perPage + ", total_count=" + totalCount + ", total_pages=" + totalPages);
        }
    }
}
