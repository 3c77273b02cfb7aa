package dev.cfregions.core;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpRequest;
import dev.cfregions.core.spi.HttpResponse;
import dev.cfregions.core.spi.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A transport for core's tests: records every request and answers from a script. */
final class RecordingTransport implements HttpTransport {
    final List<HttpRequest> requests = new ArrayList<>();
    private final Deque<Supplier<CompletableFuture<HttpResponse>>> script = new ArrayDeque<>();
    final List<CompletableFuture<HttpResponse>> pending = new ArrayList<>();
    boolean closed;

    RecordingTransport respond(int status, String body, String... headerPairs) {
        HttpHeaders.Builder h = HttpHeaders.builder().add("Content-Type", "application/json");
        for (int i = 0; i < headerPairs.length; i += 2) {
            h.set(headerPairs[i], headerPairs[i + 1]);
        }
        HttpResponse r = HttpResponse.of(status, h.build(), body.getBytes(StandardCharsets.UTF_8));
        script.add(() -> CompletableFuture.completedFuture(r));
        return this;
    }

    RecordingTransport respondWithExample(int status, String example, String... headerPairs) {
        return respond(status, Examples.text(example), headerPairs);
    }

    /** The answer scripted last is given only after {@code sideEffect} runs, such as moving a test clock. */
    RecordingTransport after(Runnable sideEffect) {
        Supplier<CompletableFuture<HttpResponse>> last = script.removeLast();
        script.add(() -> {
            sideEffect.run();
            return last.get();
        });
        return this;
    }

    /** The next request makes {@code execute} throw, breaking the transport contract. */
    RecordingTransport throwOnExecute(RuntimeException e) {
        script.add(() -> {
            throw e;
        });
        return this;
    }

    RecordingTransport fail(RuntimeException e) {
        script.add(() -> CompletableFuture.failedFuture(e));
        return this;
    }

    /** The next request gets a future that never completes on its own. */
    RecordingTransport hang() {
        script.add(() -> {
            CompletableFuture<HttpResponse> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        });
        return this;
    }

    @Override
    public synchronized CompletableFuture<HttpResponse> execute(HttpRequest request) {
        requests.add(request);
        Supplier<CompletableFuture<HttpResponse>> next = script.poll();
        if (next == null) {
            return CompletableFuture.failedFuture(new AssertionError("unexpected request " + request));
        }
        return next.get();
    }

    /** {@return how many scripted answers no request has taken yet} */
    synchronized int unanswered() {
        return script.size();
    }

    HttpRequest last() {
        return requests.get(requests.size() - 1);
    }

    String lastBody() {
        return new String(last().body(), StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public void close() {
        closed = true;
    }
}
