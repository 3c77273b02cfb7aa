package dev.cfregions.core.errors;

/**
 * Paging through a list stopped because the service does not page: the page asked for came back
 * the same as the page before it (a server that ignores {@code page}), so following it would
 * never end. Nothing is retried; the pages read before are as the service sent them.
 */
public class PaginationException extends CloudflareException {
    /** The serial form's version. */
    private static final long serialVersionUID = 1L;

    /** The page number that repeated its predecessor. */
    private final int page;

    /**
     * @param page the page number that repeated its predecessor
     * @param detail what was seen, for the message
     */
    public PaginationException(int page, String detail) {
        super("The service ignored page=" + page + ": " + detail + "; stopped instead of reading the same page forever");
        this.page = page;
    }

    /** @return the page number whose answer repeated the page before it */
    public int page() {
        return page;
    }
}
