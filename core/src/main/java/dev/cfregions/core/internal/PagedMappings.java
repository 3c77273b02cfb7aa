package dev.cfregions.core.internal;

import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.origin.MappingPage;
import dev.cfregions.core.params.internal.Blocking;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every mapping of a list, read lazily a page at a time: the first request is sent when
 * iteration first asks for an element, and only the current page is held. Each
 * {@link #iterator()} starts again from the first page.
 */
final class PagedMappings implements Iterable<Mapping> {
    private final Supplier<CompletableFuture<MappingPage>> firstPage;

    PagedMappings(Supplier<CompletableFuture<MappingPage>> firstPage) {
        this.firstPage = firstPage;
    }

    @Override
    public Iterator<Mapping> iterator() {
        return new Pages();
    }

    @Override
    public Spliterator<Mapping> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    }

    Stream<Mapping> stream() {
        // the supplier form defers iterator() (and so every request) to the stream's terminal operation
        return StreamSupport.stream(this::spliterator, Spliterator.ORDERED | Spliterator.NONNULL, false);
    }

    private final class Pages implements Iterator<Mapping> {
        private MappingPage page;
        private int next;

        @Override
        public boolean hasNext() {
            if (page == null) {
                page = Blocking.join(firstPage.get());
            }
            while (next >= page.mappings().size()) {
                if (!page.hasNextPage()) {
                    return false;
                }
                page = page.nextPage();
                next = 0;
            }
            return true;
        }

        @Override
        public Mapping next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more mappings");
            }
            return page.mappings().get(next++);
        }
    }
}
