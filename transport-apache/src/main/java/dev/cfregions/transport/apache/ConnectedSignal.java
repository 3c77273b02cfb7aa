package dev.cfregions.transport.apache;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Tells the {@link Exchange} that its connection is ready. The client runs its request
 * interceptors just before writing the request on a leased, connected endpoint, which is the
 * moment the request timeout should start counting.
 */
final class ConnectedSignal implements HttpRequestInterceptor {
    static final ConnectedSignal INSTANCE = new ConnectedSignal();

    private ConnectedSignal() {}

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        if (context.getAttribute(Exchange.CONTEXT_ATTRIBUTE) instanceof Exchange exchange) {
            exchange.connected();
        }
    }
}
