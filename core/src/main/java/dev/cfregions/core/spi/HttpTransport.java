package dev.cfregions.core.spi;

import java.util.concurrent.CompletableFuture;

/**
 * Moves one HTTP exchange over the wire. This is the whole transport SPI: retries,
 * authentication, logging and rate-limit handling live above it, in core.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #execute} never blocks the calling thread on I/O and never throws: every failure
 *       completes the returned future exceptionally, with {@link TransportException}
 *       (connection refused or reset, TLS failure, closed transport),
 *       {@link TransportTimeoutException} (connect timeout, or {@link HttpRequest#timeout()}
 *       elapsed), or {@link ResponseTooLargeException}.</li>
 *   <li>Any HTTP status, 4xx and 5xx included, completes the future normally.</li>
 *   <li>The body is read completely and decoded from {@code gzip} or {@code deflate}.</li>
 *   <li>Cancelling the returned future aborts the exchange and releases its connection.</li>
 *   <li>The transport performs no retries and follows no redirects of its own.</li>
 *   <li>Methods with a body include DELETE: the body is sent whenever it is non-empty.</li>
 * </ul>
 *
 * <p>Implementations are thread-safe: one instance serves any number of concurrent requests.
 * {@link #close()} is idempotent, fails requests still in flight, and releases every thread
 * and connection the transport created; it never closes a client or event loop the
 * application lent it.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request and completes with the response; see the class contract.
     *
     * @param request the request to send
     * @return a future that completes with the response, whatever its status, or exceptionally with a {@link TransportException}
     */
    CompletableFuture<HttpResponse> execute(HttpRequest request);

    /** {@return a short name for logs and diagnostics, such as {@code okhttp}} */
    String name();

    /** Releases what this transport created. Never throws a checked exception. */
    @Override
    void close();
}
