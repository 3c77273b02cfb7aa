package dev.cfregions.core.internal;

import dev.cfregions.core.spi.HttpTransport;

/** A decorator: one concern around the next transport. Closing is the client's job, not the decorator's. */
abstract class ForwardingTransport implements HttpTransport {
    final HttpTransport next;

    ForwardingTransport(HttpTransport next) {
        this.next = next;
    }

    @Override
    public String name() {
        return next.name();
    }

    @Override
    public void close() {
        // the client closes the transport it created; decorators own nothing
    }
}
