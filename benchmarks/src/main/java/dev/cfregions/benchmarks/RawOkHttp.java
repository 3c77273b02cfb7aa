package dev.cfregions.benchmarks;

import java.io.IOException;
import java.net.Proxy;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;

/** OkHttp used directly: one client, a pool wide enough for 16 requests in flight, no proxy. */
final class RawOkHttp implements RawHttp {
    private final OkHttpClient client;

    RawOkHttp() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(64);
        client = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(32, 5, java.util.concurrent.TimeUnit.MINUTES)).build();
    }

    @Override
    public byte[] send(RawHttp.Request r) throws IOException {
        okhttp3.Request.Builder b = new okhttp3.Request.Builder().url(r.uri().toString());
        for (String[] h : r.headers()) {
            b.addHeader(h[0], h[1]);
        }
        okhttp3.Request request = b.method(r.method(), r.body() == null ? null : RequestBody.create(r.body(), null)).build();
        try (Response response = client.newCall(request).execute()) {
            return RawHttp.checked(r, response.code(), response.body().bytes());
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
