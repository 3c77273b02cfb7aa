package dev.cfregions.core;

import static dev.cfregions.core.TestClients.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cfregions.core.errors.PaginationException;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.origin.CloudRegions;
import dev.cfregions.core.origin.ListParams;
import dev.cfregions.core.origin.MappingPage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Auto-pagination of the v2 list: where it stops, what it asks, and that it never loops. */
class PaginationTest {

    private static CloudRegions over(PagingServer server) {
        TestClients.ManualClock clock = new TestClients.ManualClock();
        return CloudflareClient.builder().apiToken(TestClients.TOKEN).transport(server).clock(clock)
                .sleeper(new TestClients.RecordingSleeper(clock)).jitterSource(() -> 0.0).build().origin().cloudRegions();
    }

    private static List<String> ips(Iterable<Mapping> mappings) {
        List<String> out = new ArrayList<>();
        mappings.forEach(m -> out.add(m.ip().value()));
        return out;
    }

    private static List<String> expected(int n) {
        return IntStream.range(0, n).mapToObj(PagingServer::ip).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0} mappings at {1} per page: {2} requests")
    @CsvSource({
        "0, 100, 1", // empty zone: one request, no page past the end
        "1, 100, 1",
        "100, 100, 1", // an exact multiple stops on page >= total_pages, without asking past the end
        "200, 100, 2",
        "101, 100, 2", // one past a multiple: the short last page
        "201, 100, 3",
        "3500, 100, 35", // a full zone: 35 reads
        "5, 2, 3",
        "6, 2, 3",
        "7, 1, 7",
    })
    void readsEveryMappingOnceInOrderWithTheFewestRequests(int n, int perPage, int requests) {
        PagingServer server = new PagingServer(n);
        assertThat(ips(over(server).listAll(ListParams.of(ZONE, 1, perPage)))).isEqualTo(expected(n));
        assertThat(server.queries).hasSize(requests);
        for (int i = 0; i < requests; i++) {
            assertThat(server.queries.get(i)).isEqualTo("page=" + (i + 1) + "&per_page=" + perPage);
        }
    }

    @Test
    void listAllOfAZoneAsksForOneHundredPerPage() {
        PagingServer server = new PagingServer(250);
        assertThat(ips(over(server).listAll(ZONE))).isEqualTo(expected(250));
        assertThat(server.queries).containsExactly("page=1&per_page=100", "page=2&per_page=100", "page=3&per_page=100");
    }

    @Test
    void aPagePastTheEndIsEmptyAndLast() {
        PagingServer server = new PagingServer(150);
        MappingPage page = over(server).list(ListParams.of(ZONE, 5, 100));
        assertThat(page.mappings()).isEmpty();
        assertThat(page.resultInfo().totalPages()).isEqualTo(2);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(ips(over(server).listAll(ListParams.of(ZONE, 5, 100)))).isEmpty();
    }

    @Test
    void startingAtALaterPageReadsFromThere() {
        PagingServer server = new PagingServer(250);
        assertThat(ips(over(server).listAll(ListParams.of(ZONE, 2, 100)))).isEqualTo(expected(250).subList(100, 250));
        assertThat(server.queries).containsExactly("page=2&per_page=100", "page=3&per_page=100");
    }

    @Test
    void aServerThatIgnoresPageIsATypedErrorNotALoop() {
        PagingServer server = new PagingServer(250).ignoringPage();
        Iterator<Mapping> it = over(server).listAll(ZONE).iterator();
        for (int i = 0; i < 100; i++) {
            assertThat(it.next().ip().value()).isEqualTo(PagingServer.ip(i));
        }
        PaginationException e = catchThrowableOfType(PaginationException.class, it::hasNext);
        assertThat(e.page()).isEqualTo(2);
        assertThat(e.getMessage()).contains("page=2").contains("same 100 mappings as page 1");
        assertThat(server.queries).hasSize(2);
    }

    @Test
    void aServerThatIgnoresPageFailsTheAsyncNextPageToo() throws Exception {
        PagingServer server = new PagingServer(250).ignoringPage();
        MappingPage first = over(server).listAsync(ListParams.of(ZONE)).get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> first.nextPageAsync().join()).hasCauseInstanceOf(PaginationException.class);
        assertThatThrownBy(first::nextPage).isInstanceOf(PaginationException.class);
    }

    @Test
    void aServerUsingASmallerPerPageThanAskedIsFollowedByItsOwnPaging() {
        PagingServer server = new PagingServer(45).cappingPerPageAt(20);
        assertThat(ips(over(server).listAll(ZONE))).isEqualTo(expected(45));
        assertThat(server.queries).containsExactly("page=1&per_page=100", "page=2&per_page=100", "page=3&per_page=100");
    }

    @Test
    void aServerUsingASmallerPerPageOnAnExactMultipleStopsOnTotalPages() {
        PagingServer server = new PagingServer(40).cappingPerPageAt(20);
        assertThat(ips(over(server).listAll(ZONE))).isEqualTo(expected(40));
        assertThat(server.queries).hasSize(2);
    }

    @Test
    void anEmptyPageStopsEvenWhenTotalPagesSaysMore() {
        PagingServer server = new PagingServer(200).reportingTotalPages(1000);
        assertThat(ips(over(server).listAll(ZONE))).isEqualTo(expected(200));
        assertThat(server.queries).containsExactly("page=1&per_page=100", "page=2&per_page=100", "page=3&per_page=100");
    }

    @Test
    void aShortPageStopsEvenWhenTotalPagesSaysMore() {
        PagingServer server = new PagingServer(150).reportingTotalPages(1000);
        assertThat(ips(over(server).listAll(ZONE))).isEqualTo(expected(150));
        assertThat(server.queries).hasSize(2);
    }

    @Test
    void nothingIsSentUntilIterationAsksAndPagesAreReadOnlyWhenReached() {
        PagingServer server = new PagingServer(250);
        Iterable<Mapping> all = over(server).listAll(ZONE);
        Iterator<Mapping> it = all.iterator();
        assertThat(server.queries).isEmpty();
        for (int i = 0; i < 100; i++) {
            it.next();
        }
        assertThat(server.queries).hasSize(1);
        it.next();
        assertThat(server.queries).hasSize(2);
        assertThat(ips(all)).hasSize(250); // a new iterator starts again from the first page
        assertThat(server.queries).hasSize(5);
    }

    @Test
    void aStreamIsLazyToo() {
        PagingServer server = new PagingServer(250);
        CloudRegions cr = over(server);
        var stream = cr.streamAll(ZONE);
        assertThat(server.queries).isEmpty();
        assertThat(stream.limit(5).count()).isEqualTo(5);
        assertThat(server.queries).hasSize(1);
        assertThat(cr.streamAll(ListParams.of(ZONE, 1, 50)).map(m -> m.ip().value()).collect(Collectors.toList()))
                .isEqualTo(expected(250));
    }

    @Test
    void pagesCanBeWalkedAsync() throws Exception {
        PagingServer server = new PagingServer(5);
        MappingPage page = over(server).listAsync(ListParams.of(ZONE, 1, 2)).get(5, TimeUnit.SECONDS);
        List<String> seen = new ArrayList<>(ips(page.mappings()));
        while (page.hasNextPage()) {
            page = page.nextPageAsync().get(5, TimeUnit.SECONDS);
            seen.addAll(ips(page.mappings()));
        }
        assertThat(seen).isEqualTo(expected(5));
        assertThat(page.resultInfo().page()).isEqualTo(3);
        assertThat(page.nextPageAsync()).isCompletedExceptionally();
    }

    @Test
    void aFailedPageIsRetriedLikeAnyRead() {
        PagingServer server = new PagingServer(150).failingPage2(1);
        assertThat(ips(over(server).listAll(ZONE))).isEqualTo(expected(150));
        assertThat(server.queries).containsExactly("page=1&per_page=100", "page=2&per_page=100", "page=2&per_page=100");
    }

    @Test
    void pageAndPerPageAreValidatedBeforeSending() {
        assertThatThrownBy(() -> ListParams.of(ZONE, 0, 20)).hasMessageContaining("page");
        assertThatThrownBy(() -> ListParams.of(ZONE, -1, 20)).hasMessageContaining("page");
        assertThatThrownBy(() -> ListParams.of(ZONE, 1, 0)).hasMessageContaining("perPage");
        assertThatThrownBy(() -> ListParams.of(ZONE, 1, 101)).hasMessageContaining("perPage");
        assertThat(ListParams.of(ZONE, Integer.MAX_VALUE, 100).page()).isEqualTo(Integer.MAX_VALUE);
        assertThat(ListParams.of(ZONE, 1, 1).perPage()).isEqualTo(1);
        assertThat(ListParams.of(ZONE)).isEqualTo(ListParams.of(ZONE, 1, 100));
    }
}
