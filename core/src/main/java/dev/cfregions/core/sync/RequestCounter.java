package dev.cfregions.core.sync;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the HTTP requests that calls of a {@link MappingStore} send: every attempt, so a batch
 * the client's retry policy sent three times counts three, whether it then succeeded or failed.
 * A store is handed one with each call and tells it of each request that call sends; that is
 * how a {@link SyncReport} knows the requests actually made. Thread-safe.
 *
 * <pre>{@code
 * RequestCounter reads = new RequestCounter();
 * List<Mapping> zone = store.list(reads).join().mappings();
 * System.out.println(reads.count() + " list requests");
 * }</pre>
 */
public final class RequestCounter {
    private final AtomicInteger count = new AtomicInteger();

    /** A counter at zero. */
    public RequestCounter() {}

    /** One more request was sent. */
    public void requestSent() {
        count.incrementAndGet();
    }

    /**
     * The requests counted so far.
     *
     * @return the count
     */
    public int count() {
        return count.get();
    }

    @Override
    public String toString() {
        return "RequestCounter{" + count.get() + "}";
    }
}
