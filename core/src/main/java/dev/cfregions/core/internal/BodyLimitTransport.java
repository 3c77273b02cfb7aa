package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ResponseTooLargeException;
import dev.cfregions.core.spi.TransportException;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses a response body above the cap even when a transport delivered it: transports stop
 * reading at the cap, this makes the rule hold for every transport, custom ones included. Also
 * turns a transport's null response (a contract breach) into a {@link TransportException}.
 */
public final class BodyLimitTransport extends ForwardingTransport {
    private final long maxBytes;

    public BodyLimitTransport(HttpTransport next, long maxBytes) {
        super(next);
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        return Futures.map(next.execute(request), r -> {
            if (r == null) {
                throw new TransportException("The " + next.name() + " transport completed without a response");
            }
            if (r.bodyLength() > maxBytes) {
                throw new ResponseTooLargeException(maxBytes);
            }
            return r;
        });
    }
}
