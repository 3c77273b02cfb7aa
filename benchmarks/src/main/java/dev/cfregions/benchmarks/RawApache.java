package dev.cfregions.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;

/** HttpClient 5's async client (the one the Apache transport uses) used directly, 16 connections per route. */
final class RawApache implements RawHttp {
    private final CloseableHttpAsyncClient client;

    RawApache() {
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnPerRoute(32).setMaxConnTotal(32).build())
                .disableAutomaticRetries().build();
        client.start();
    }

    @Override
    public byte[] send(RawHttp.Request r) throws Exception {
        SimpleHttpRequest request = SimpleHttpRequest.create(r.method(), r.uri());
        String type = null;
        for (String[] h : r.headers()) {
            if (h[0].equalsIgnoreCase("Content-Type")) {
                type = h[1];
            } else {
                request.addHeader(h[0], h[1]);
            }
        }
        if (r.body() != null) {
            request.setBody(r.body(), ContentType.parse(type));
        }
        SimpleHttpResponse response = client.execute(request, null).get(30, TimeUnit.SECONDS);
        return RawHttp.checked(r, response.getCode(), response.getBodyBytes());
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
