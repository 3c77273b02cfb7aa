package dev.cfregions.transport.apache;

import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The per-request context, which also tells the {@link Exchange} when its connection is ready.
 *
 * <p>HttpClient records the outgoing request in the context only once it has a connected
 * endpoint and is about to write to it; that is when the request timeout should start
 * counting. Hooking the context rather than an interceptor works for lent clients too, whose
 * interceptors the transport cannot touch. Tests pin this behaviour down (a trickling body
 * must time out after the request timeout, a slow TLS handshake after the connect timeout),
 * so an HttpClient upgrade that moves the call is caught there.
 *
 * <p>If the exchange already reported a connect timeout, the request must not go out after
 * all: throwing here aborts the exchange before a byte of it is written.
 */
final class ExchangeContext extends HttpClientContext {
    private final Exchange exchange;

    ExchangeContext(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void setRequest(HttpRequest request) {
        super.setRequest(request);
        if (!exchange.connected()) {
            throw new IllegalStateException("The connect timeout has already been reported; the request is not sent");
        }
    }
}
