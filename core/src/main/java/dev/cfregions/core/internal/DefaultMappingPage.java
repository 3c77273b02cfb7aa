package dev.cfregions.core.internal;

import dev.cfregions.core.errors.PaginationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.ResultInfo;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A page of a v2 list and the rule for whether another follows. The rule is the client's, not the
 * official SDK's (which stops only on an empty page, costing a request past the end every time):
 * stop on an empty page, on {@code page >= total_pages}, or on a page shorter than the
 * {@code per_page} the service reports, whichever is seen first. The next page is asked for with
 * the same page size as this one; a service that uses a smaller size reports it, pages by it, and
 * so still ends.
 */
final class DefaultMappingPage implements MappingPage {
    private final List<Mapping> mappings;
    private final ResultInfo info;
    private final ListParams params;
    private final Function<ListParams, CompletableFuture<MappingPage>> fetch;

    DefaultMappingPage(List<Mapping> mappings, ResultInfo info, ListParams params,
            Function<ListParams, CompletableFuture<MappingPage>> fetch) {
        this.mappings = List.copyOf(mappings);
        this.info = info;
        this.params = params;
        this.fetch = fetch;
    }

    @Override
    public List<Mapping> mappings() {
        return mappings;
    }

    @Override
    public ResultInfo resultInfo() {
        return info;
    }

    @Override
    public ListParams params() {
        return params;
    }

    @Override
    public boolean hasNextPage() {
        // the page number asked for, not the one echoed: a server that echoes the wrong one must not steer us
        int page = params.page();
        return !mappings.isEmpty()
                && page < info.totalPages()
                && !(info.perPage() > 0 && mappings.size() < info.perPage())
                && page < Integer.MAX_VALUE;
    }

    @Override
    public Optional<ListParams> nextPageParams() {
        return hasNextPage() ? Optional.of(params.withPage(params.page() + 1)) : Optional.empty();
    }

    @Override
    public CompletableFuture<MappingPage> nextPageAsync() {
        Optional<ListParams> next = nextPageParams();
        if (next.isEmpty()) {
            return CompletableFuture.failedFuture(new NoSuchElementException("page " + params.page() + " is the last page"
                    + " (" + mappings.size() + " mappings, result_info " + info + ")"));
        }
        return Futures.map(fetch.apply(next.get()), page -> {
            if (!page.mappings().isEmpty() && page.mappings().equals(mappings)) {
                throw new PaginationException(next.get().page(), "it answered the same " + mappings.size()
                        + " mappings as page " + params.page() + " (starting with " + mappings.get(0).ip() + ")");
            }
            return page;
        });
    }

    @Override
    public String toString() {
        return "MappingPage{params=" + params + ", mappings=" + mappings.size() + ", resultInfo=" + info + "}";
    }
}
