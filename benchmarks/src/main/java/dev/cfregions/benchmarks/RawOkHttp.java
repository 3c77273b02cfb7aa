package dev.cfregions.benchmarks;

import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** OkHttp used directly: one client, a pool wide enough for 16 requests in flight, no proxy. */
final class RawOkHttp implements RawHttp {
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client;

    RawOkHttp() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(64);
        client = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(32, 5, java.util.concurrent.TimeUnit.MINUTES)).build();
    }

    @Override
    public byte[] send(String method, URI uri, byte[] body) throws IOException {
        Request request = new Request.Builder().url(uri.toString()).header("Authorization", "Bearer " + Seeds.TOKEN)
                .method(method, body == null ? null : RequestBody.create(body, JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            return RawHttp.checked(method, uri, response.code(), response.body().bytes());
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
