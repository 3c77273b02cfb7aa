package dev.cfregions.transport.apache;

import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The per-request context, which also tells the {@link Exchange} when its connection is ready.
 *
 * <p>HttpClient records the outgoing request in the context only once it has a connected
 * endpoint and is about to write to it; that is when the request timeout should start
 * counting. Hooking the context rather than an interceptor works for lent clients too, whose
 * interceptors the transport cannot touch. Should a future HttpClient record the request
 * earlier, the timeout would merely start a little early; should it stop recording it, the
 * exchange's overall deadline still applies.
 */
final class ExchangeContext extends HttpClientContext {
    private final Exchange exchange;

    ExchangeContext(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void setRequest(HttpRequest request) {
        super.setRequest(request);
        exchange.connected();
    }
}
