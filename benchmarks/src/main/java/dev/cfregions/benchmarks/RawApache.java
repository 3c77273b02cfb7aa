package dev.cfregions.benchmarks;

import java.net.URI;
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
    public byte[] send(String method, URI uri, byte[] body) throws Exception {
        SimpleHttpRequest request = SimpleHttpRequest.create(method, uri);
        request.addHeader("Authorization", "Bearer " + Seeds.TOKEN);
        if (body != null) {
            request.setBody(body, ContentType.APPLICATION_JSON);
        }
        SimpleHttpResponse response = client.execute(request, null).get(30, TimeUnit.SECONDS);
        return RawHttp.checked(method, uri, response.getCode(), response.getBodyBytes());
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
