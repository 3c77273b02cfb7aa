package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every API request the fake received, rejected ones included, oldest first (the control API
 * under {@code /__fake} is not recorded). Keeps the latest {@value #CAPACITY} requests.
 * Credentials are redacted before anything is stored. Thread-safe.
 *
 * <pre>{@code
 * fake.journal().verify(2, "POST", "/zones/*" + "/cache/origin_cloud_regions");
 * RecordedRequest last = fake.journal().last().orElseThrow();
 * }</pre>
 */
public final class RequestJournal {
    /** How many requests are kept. */
    public static final int CAPACITY = 10_000;
    /** What a secret header value is replaced with. */
    public static final String REDACTED = "[redacted]";

    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "proxy-authorization", "x-auth-key", "x-auth-user-service-key", "cookie");

    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();

    RequestJournal() {}

    void record(IncomingRequest r) {
        RecordedRequest rec = new RecordedRequest(r.method(), r.rawPath(), r.rawQuery(), redact(r.headers()),
                new String(r.body(), StandardCharsets.UTF_8));
        synchronized (requests) {
            if (requests.size() == CAPACITY) {
                requests.removeFirst();
            }
            requests.addLast(rec);
        }
    }

    /** {@return every recorded request, oldest first} */
    public List<RecordedRequest> all() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * {@return the requests with this method ({@code "*"} for any) and path glob, oldest first}
     *
     * @param method the HTTP method, or {@code "*"} for any
     * @param pathGlob a glob over the request path, {@code *} matching any characters
     */
    public List<RecordedRequest> matching(String method, String pathGlob) {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r : all()) {
            if (r.matches(method, pathGlob)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * {@return how many requests match}
     *
     * @param method the HTTP method, or {@code "*"} for any
     * @param pathGlob a glob over the request path, {@code *} matching any characters
     */
    public int count(String method, String pathGlob) {
        return matching(method, pathGlob).size();
    }

    /** {@return the latest request, if any} */
    public Optional<RecordedRequest> last() {
        synchronized (requests) {
            return Optional.ofNullable(requests.peekLast());
        }
    }

    /**
     * Asserts that exactly {@code times} requests match.
     *
     * @param times how many matching requests are expected
     * @param method the HTTP method, or {@code "*"} for any
     * @param pathGlob a glob over the request path, {@code *} matching any characters
     * @throws AssertionError listing what was received when the count differs
     */
    public void verify(int times, String method, String pathGlob) {
        int n = count(method, pathGlob);
        if (n != times) {
            throw new AssertionError("Expected " + times + " request(s) matching " + method + " " + pathGlob
                    + " but got " + n + ". Received: " + all());
        }
    }

    /** Forgets every recorded request. */
    public void clear() {
        synchronized (requests) {
            requests.clear();
        }
    }

    static HttpHeaders redact(HttpHeaders headers) {
        HttpHeaders.Builder b = HttpHeaders.builder();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!SECRET_HEADERS.contains(lower)) {
                b.add(name, value);
            } else if (lower.endsWith("authorization") && value.indexOf(' ') > 0) {
                b.add(name, value.substring(0, value.indexOf(' ')) + " " + REDACTED);
            } else {
                b.add(name, REDACTED);
            }
        });
        return b.build();
    }
}
