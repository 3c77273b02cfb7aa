package dev.cfregions.transport.okhttp;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor: OkHttp runs it once a connection is established, just before the
 * request is written. It marks the exchange connected, and removes the {@code User-Agent}
 * OkHttp adds on its own when the caller set none (core sends the library's own).
 */
final class NetworkStage implements Interceptor {
    private static final String USER_AGENT = "User-Agent";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        ExchangeState state = request.tag(ExchangeState.class);
        if (state == null) {
            return chain.proceed(request); // not one of this transport's requests
        }
        state.markConnected();
        if (!state.callerSetUserAgent() && request.header(USER_AGENT) != null) {
            request = request.newBuilder().removeHeader(USER_AGENT).build();
        }
        return chain.proceed(request);
    }
}
