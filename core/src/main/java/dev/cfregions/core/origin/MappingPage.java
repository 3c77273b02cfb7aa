package dev.cfregions.core.origin;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.ResultInfo;
import dev.cfregions.core.params.internal.Blocking;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a zone's mappings, with the {@code result_info} the service sent and the way to
 * the next page. Its content is immutable; asking for the next page sends a request.
 *
 * <p>There is a next page unless this one is empty, or its number is at least
 * {@code total_pages}, or it holds fewer mappings than the {@code per_page} the service reported
 * (whichever is seen first). A next page that repeats this one (a server ignoring {@code page})
 * fails with {@link dev.cfregions.core.errors.PaginationException} rather than looping.
 *
 * <pre>{@code
 * for (MappingPage page = cr.list(ListParams.of(zone)); ; page = page.nextPage()) {
 *     page.mappings().forEach(System.out::println);
 *     if (!page.hasNextPage()) break;
 * }
 * }</pre>
 */
public interface MappingPage {

    /** @return this page's mappings, in the service's order; unmodifiable */
    List<Mapping> mappings();

    /** @return the page's {@code result_info}: count, page, per_page, total_count, total_pages */
    ResultInfo resultInfo();

    /** @return the parameters this page was asked for with */
    ListParams params();

    /** @return whether there may be more mappings on a next page (see the class comment) */
    boolean hasNextPage();

    /** @return the parameters of the next page; empty when {@link #hasNextPage()} is false */
    Optional<ListParams> nextPageParams();

    /**
     * Asks for the next page.
     *
     * @return the next page; fails with {@link java.util.NoSuchElementException} when there is
     *     none, and with {@link dev.cfregions.core.errors.PaginationException} when it repeats
     *     this one
     */
    CompletableFuture<MappingPage> nextPageAsync();

    /**
     * Blocking {@link #nextPageAsync()}.
     *
     * @return the next page
     * @throws java.util.NoSuchElementException if {@link #hasNextPage()} is false
     * @throws dev.cfregions.core.errors.PaginationException if the next page repeats this one
     */
    default MappingPage nextPage() {
        return Blocking.join(nextPageAsync());
    }
}
