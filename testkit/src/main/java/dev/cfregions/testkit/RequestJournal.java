package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every API request the fake received, rejected ones included, oldest first (the control API
 * under {@code /__fake} is not recorded). Credentials are redacted before anything is stored.
 * Thread-safe.
 *
 * <p>The journal's memory is bounded whatever the fake is sent: it keeps at most the latest
 * {@value #CAPACITY} requests and at most {@value #BYTE_BUDGET} bytes of them (an estimate of
 * their strings' size on the heap, two bytes a character, plus {@value #ENTRY_OVERHEAD} per
 * entry), dropping the oldest first. A body longer than {@value #BODY_CAP} bytes is kept only
 * in part and marked so ({@link RecordedRequest#bodyTruncated()}, with its full size in
 * {@link RecordedRequest#bodyBytes()}); the largest real request, a batch of 100 items, is far
 * smaller.
 *
 * <pre>{@code
 * fake.journal().verify(2, "POST", "/zones/*" + "/cache/origin_cloud_regions");
 * RecordedRequest last = fake.journal().last().orElseThrow();
 * }</pre>
 */
public final class RequestJournal {
    /** At most this many requests are kept. */
    public static final int CAPACITY = 10_000;
    /** At most this many bytes (estimated heap size) of requests are kept: 24 MiB. */
    public static final long BYTE_BUDGET = 24L << 20;
    /** Bytes of a body kept in an entry: 64 KiB; a longer body is truncated and marked so. */
    public static final int BODY_CAP = 64 << 10;
    /** What an entry is reckoned to cost besides its strings. */
    public static final int ENTRY_OVERHEAD = 256;
    /** What a secret header value is replaced with. */
    public static final String REDACTED = "[redacted]";

    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "proxy-authorization", "x-auth-key", "x-auth-user-service-key", "cookie");

    private final ArrayDeque<Entry> requests = new ArrayDeque<>();
    private final long byteBudget;
    private final int bodyCap;
    private long bytes;

    /** A recorded request, what it was reckoned to cost, and the status it got once answered. */
    static final class Entry {
        private final RecordedRequest request;
        private final long cost;
        private volatile int status = RecordedRequest.NO_ANSWER;

        Entry(RecordedRequest request, long cost) {
            this.request = request;
            this.cost = cost;
        }

        /** Notes the status the request was answered with. */
        void answered(int answeredStatus) {
            status = answeredStatus;
        }

        RecordedRequest request() {
            int s = status;
            return s == RecordedRequest.NO_ANSWER ? request : request.withStatus(s);
        }
    }

    RequestJournal() {
        this(BYTE_BUDGET, BODY_CAP);
    }

    RequestJournal(long byteBudget, int bodyCap) {
        this.byteBudget = byteBudget;
        this.bodyCap = bodyCap;
    }

    Entry record(IncomingRequest r) {
        return record(r, null);
    }

    /** Records a request received at {@code at}; the caller notes its answer on the entry. */
    Entry record(IncomingRequest r, Instant at) {
        byte[] body = r.body();
        boolean truncated = body.length > bodyCap;
        String text = new String(body, 0, truncated ? utf8Boundary(body, bodyCap) : body.length, StandardCharsets.UTF_8);
        RecordedRequest rec = new RecordedRequest(r.method(), r.rawPath(), r.rawQuery(), redact(r.headers()), text,
                body.length, truncated, at, RecordedRequest.NO_ANSWER);
        Entry e = new Entry(rec, cost(rec));
        synchronized (requests) {
            requests.addLast(e);
            bytes += e.cost;
            while (requests.size() > CAPACITY || (bytes > byteBudget && requests.size() > 1)) {
                bytes -= requests.removeFirst().cost;
            }
        }
        return e;
    }

    /** The bytes the journal reckons it holds now (never more than the budget, unless one entry alone is larger). */
    long bytes() {
        synchronized (requests) {
            return bytes;
        }
    }

    private static long cost(RecordedRequest r) {
        long chars = r.method().length() + r.path().length() + (r.query() == null ? 0 : r.query().length()) + r.body().length();
        for (String name : r.headers().names()) {
            for (String v : r.headers().allValues(name)) {
                chars += name.length() + v.length() + 16;
            }
        }
        return ENTRY_OVERHEAD + 2 * chars;
    }

    /** The largest cut at or below {@code max} that does not split a UTF-8 sequence. */
    private static int utf8Boundary(byte[] b, int max) {
        int i = max;
        while (i > 0 && i > max - 4 && (b[i] & 0xC0) == 0x80) {
            i--; // b[i] continues a sequence: cut before its lead byte
        }
        return i;
    }

    /**
     * Every recorded request, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    public List<RecordedRequest> all() {
        synchronized (requests) {
            List<RecordedRequest> out = new ArrayList<>(requests.size());
            requests.forEach(e -> out.add(e.request()));
            return Collections.unmodifiableList(out);
        }
    }

    /**
     * The requests with this method and path glob, oldest first.
     *
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path glob relative to {@code /client/v4}
     * @return the matching requests
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
     * How many requests match.
     *
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path glob relative to {@code /client/v4}
     * @return the number of matching requests
     */
    public int count(String method, String pathGlob) {
        return matching(method, pathGlob).size();
    }

    /**
     * The latest request, if any.
     *
     * @return the latest request, or empty
     */
    public Optional<RecordedRequest> last() {
        synchronized (requests) {
            Entry last = requests.peekLast();
            return Optional.ofNullable(last == null ? null : last.request);
        }
    }

    /**
     * Asserts that exactly {@code times} requests match.
     *
     * @param times the expected number
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path glob relative to {@code /client/v4}
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
            bytes = 0;
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
