package dev.cfregions.transport.okhttp;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor: OkHttp runs it once a connection is established, just before the
 * request is written. It marks the exchange connected, removes the {@code User-Agent} OkHttp
 * adds on its own when the caller set none (core sends the library's own), and hides a 503's
 * {@code Retry-After} from OkHttp's follow-up logic ({@link ResponseCallback} restores it).
 */
final class NetworkStage implements Interceptor {
    private static final String USER_AGENT = "User-Agent";
    private static final String RETRY_AFTER = "Retry-After";
    private static final int SERVICE_UNAVAILABLE = 503;

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
        Response response = chain.proceed(request);
        if (response.code() == SERVICE_UNAVAILABLE && response.header(RETRY_AFTER) != null) {
            // OkHttp repeats a 503 carrying "Retry-After: 0" on its own; core owns the one retry loop.
            state.holdRetryAfter(response.headers(RETRY_AFTER));
            return response.newBuilder().removeHeader(RETRY_AFTER).build();
        }
        return response;
    }
}
