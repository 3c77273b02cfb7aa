package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The two faces of the fake, so every endpoint test runs over both. */
enum Face {
    IN_PROCESS,
    LOOPBACK;

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** A connection to a fake through this face. */
    Wire wire(FakeCloudflare fake) {
        return this == IN_PROCESS ? new InProcessWire(fake.transport()) : new LoopbackWire(fake.start().baseUrl());
    }

    /** A response as tests look at it. */
    record Resp(int status, HttpHeaders headers, String body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(body.getBytes(StandardCharsets.UTF_8));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> result() {
            return (Map<String, Object>) json().get("result");
        }

        /** The code of {@code errors[i]}. */
        @SuppressWarnings("unchecked")
        int errorCode(int i) {
            return ((Number) ((Map<String, Object>) ((java.util.List<Object>) json().get("errors")).get(i)).get("code")).intValue();
        }

        @SuppressWarnings("unchecked")
        String errorMessage(int i) {
            return (String) ((Map<String, Object>) ((java.util.List<Object>) json().get("errors")).get(i)).get("message");
        }
    }

    /** Sends requests with a path relative to {@code /client/v4} (or absolute when it starts with {@code /__fake}). */
    abstract static class Wire implements AutoCloseable {
        final Map<String, String> defaultHeaders = new LinkedHashMap<>();

        Wire bearer(String token) {
            defaultHeaders.put("Authorization", "Bearer " + token);
            return this;
        }

        Resp get(String path) throws Exception {
            return send("GET", path, null, Map.of());
        }

        Resp send(String method, String path, String body) throws Exception {
            return send(method, path, body, Map.of());
        }

        /** Headers mapped to null are removed from the defaults for this request. */
        Resp send(String method, String path, String body, Map<String, String> headers) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(defaultHeaders);
            all.putAll(headers);
            all.values().removeIf(v -> v == null);
            if (body != null) {
                all.putIfAbsent("Content-Type", "application/json");
            }
            return exchange(method, path.startsWith("/__fake") ? path : "/client/v4" + path, body, all, Duration.ofSeconds(5));
        }

        abstract Resp exchange(String method, String absolutePath, String body, Map<String, String> headers, Duration timeout)
                throws Exception;

        @Override
        public void close() {}
    }

    static final class InProcessWire extends Wire {
        final HttpTransport transport;

        InProcessWire(HttpTransport transport) {
            this.transport = transport;
        }

        @Override
        Resp exchange(String method, String path, String body, Map<String, String> headers, Duration timeout)
                throws InterruptedException, ExecutionException, TimeoutException {
            HttpHeaders.Builder h = HttpHeaders.builder();
            headers.forEach(h::add);
            HttpRequest req = HttpRequest.builder().method(method).uri(URI.create("http://fake-cloudflare.invalid" + path))
                    .headers(h.build()).body(body == null ? null : body.getBytes(StandardCharsets.UTF_8)).timeout(timeout).build();
            HttpResponse r = transport.execute(req).get(10, TimeUnit.SECONDS);
            return new Resp(r.status(), r.headers(), new String(r.body(), StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            transport.close();
        }
    }

    static final class LoopbackWire extends Wire {
        final String origin;

        LoopbackWire(String baseUrl) {
            this.origin = baseUrl.substring(0, baseUrl.length() - "/client/v4".length());
        }

        @Override
        Resp exchange(String method, String path, String body, Map<String, String> headers, Duration timeout)
                throws IOException, InterruptedException {
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(origin + path))
                    .timeout(timeout)
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(b::header);
            java.net.http.HttpResponse<String> r = HTTP.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            HttpHeaders.Builder h = HttpHeaders.builder();
            r.headers().map().forEach((k, vs) -> {
                if (!k.startsWith(":")) {
                    vs.forEach(v -> h.add(k, v));
                }
            });
            return new Resp(r.statusCode(), h.build(), r.body());
        }
    }
}
