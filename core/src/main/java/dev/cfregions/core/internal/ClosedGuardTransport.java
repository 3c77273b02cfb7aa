package dev.cfregions.core.internal;

import dev.cfregions.core.errors.ClientClosedException;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Refuses every request once the client is closed. A lent transport stays open after the
 * client closes (it is the caller's), so without this a closed client would still send
 * through it.
 */
public final class ClosedGuardTransport extends ForwardingTransport {
    private final BooleanSupplier closed;

    /**
     * @param next the rest of the pipeline
     * @param closed whether the client has been closed
     */
    public ClosedGuardTransport(HttpTransport next, BooleanSupplier closed) {
        super(next);
        this.closed = closed;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        if (closed.getAsBoolean()) {
            return CompletableFuture.failedFuture(new ClientClosedException("The client is closed; " + request
                    + " was not sent. Build a new client"));
        }
        return next.execute(request);
    }
}
