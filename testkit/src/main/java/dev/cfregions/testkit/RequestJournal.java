package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
 * <p><b>Verification</b>, as WireMock's {@code verify} and MockWebServer's {@code takeRequest}:
 * {@link #verify(Count, RequestPattern)} counts the requests a {@link RequestPattern} matches
 * (method, decoded path with canonical IPs, query, headers, JSON-aware body) and on a miss throws
 * an {@link AssertionError} naming the pattern, the expected and actual counts and the closest
 * requests with the parts that differed. {@link #takeRequest(Duration)} waits for the next request
 * not taken yet, in arrival order, once the fake has answered it (or dropped its connection).
 *
 * <pre>{@code
 * fake.journal().verify(2, "POST", "/zones/*" + "/cache/origin_cloud_regions");
 * fake.journal().verify(Count.atLeast(1), RequestPattern.of("GET", "/zones/*" + "/origin/cloud_regions"));
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

    /** Entries oldest first; guarded by itself, which {@link #takeRequest} also waits on. */
    private final ArrayDeque<Entry> requests = new ArrayDeque<>();
    private final long byteBudget;
    private final int bodyCap;
    private long bytes;

    /**
     * A recorded request, what it was reckoned to cost, the status it got once answered, whether
     * the fake is done with it (settled: answered or dropped) and whether a test took it.
     */
    final class Entry {
        private final RecordedRequest request;
        private final long cost;
        private volatile int status = RecordedRequest.NO_ANSWER;
        private boolean settled; // guarded by requests
        private boolean taken; // guarded by requests

        Entry(RecordedRequest request, long cost) {
            this.request = request;
            this.cost = cost;
        }

        /** Notes the status the request was answered with. */
        void answered(int answeredStatus) {
            status = answeredStatus;
        }

        /**
         * The fake is done with the request, answered (status noted before) or not (a dropped
         * connection): wakes {@link #takeRequest}. Idempotent.
         */
        void settle() {
            synchronized (requests) {
                if (!settled) {
                    settled = true;
                    requests.notifyAll();
                }
            }
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
     * @param pathGlob a path glob relative to {@code /client/v4}, compared decoded with IPs canonical
     * @return the matching requests
     */
    public List<RecordedRequest> matching(String method, String pathGlob) {
        return matching(RequestPattern.of(method, pathGlob));
    }

    /**
     * The requests a pattern matches, oldest first.
     *
     * @param pattern what to look for
     * @return the matching requests
     */
    public List<RecordedRequest> matching(RequestPattern pattern) {
        return new Verification(Count.atLeast(0), Objects.requireNonNull(pattern, "pattern"), all()).matched();
    }

    /**
     * How many requests match.
     *
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path glob relative to {@code /client/v4}, compared decoded with IPs canonical
     * @return the number of matching requests
     */
    public int count(String method, String pathGlob) {
        return matching(method, pathGlob).size();
    }

    /**
     * How many requests a pattern matches.
     *
     * @param pattern what to look for
     * @return the number of matching requests
     */
    public int count(RequestPattern pattern) {
        return matching(pattern).size();
    }

    /**
     * The latest request, if any.
     *
     * @return the latest request, or empty
     */
    public Optional<RecordedRequest> last() {
        synchronized (requests) {
            Entry last = requests.peekLast();
            return Optional.ofNullable(last == null ? null : last.request());
        }
    }

    /**
     * Asserts that exactly {@code times} requests match.
     *
     * @param times the expected number
     * @param method an HTTP method, or {@code "*"} for any
     * @param pathGlob a path glob relative to {@code /client/v4}, compared decoded with IPs canonical
     * @throws AssertionError when the count differs, showing the pattern, both counts and the
     *     closest requests (see {@link #verify(Count, RequestPattern)})
     */
    public void verify(int times, String method, String pathGlob) {
        verify(Count.exactly(times), RequestPattern.of(method, pathGlob));
    }

    /**
     * Asserts that at least one request matches (as WireMock's {@code verify(pattern)}).
     *
     * @param pattern what to look for
     * @throws AssertionError when none does, showing the pattern and the closest requests
     */
    public void verify(RequestPattern pattern) {
        verify(Count.atLeast(1), pattern);
    }

    /**
     * Asserts that exactly {@code times} requests match.
     *
     * @param times the expected number
     * @param pattern what to look for
     * @throws AssertionError when the count differs (see {@link #verify(Count, RequestPattern)})
     */
    public void verify(int times, RequestPattern pattern) {
        verify(Count.exactly(times), pattern);
    }

    /**
     * Asserts that the number of requests a pattern matches is {@code count}. On a miss the
     * error shows the pattern, the expected and the actual count, the matching requests (the
     * first {@value Verification#MATCHES_SHOWN}), and, when too few matched, the
     * {@value Verification#CLOSEST_SHOWN} closest requests that did not, ranked by how many parts
     * of the pattern they meet (the latest first on a tie), each with the parts that differed.
     * Secrets stay redacted.
     *
     * @param count how many are expected: {@link Count#exactly(int)}, {@link Count#atLeast(int)},
     *     {@link Count#atMost(int)}, {@link Count#never()}
     * @param pattern what to look for
     * @throws AssertionError when the count does not hold
     */
    public void verify(Count count, RequestPattern pattern) {
        Verification v = new Verification(Objects.requireNonNull(count, "count"), Objects.requireNonNull(pattern, "pattern"), all());
        if (!v.passed()) {
            throw new AssertionError(v.report());
        }
    }

    /**
     * Checks a count without throwing, for the control API: the report is empty when it holds.
     *
     * @return the verification, holding the matches and the report
     */
    Verification check(Count count, RequestPattern pattern) {
        return new Verification(count, pattern, all());
    }

    /**
     * Waits for the next request not taken yet, in arrival order, as MockWebServer's
     * {@code takeRequest}: the oldest request that no earlier {@code takeRequest} returned, once
     * the fake is done with it (answered, so {@link RecordedRequest#status()} is set, or its
     * connection dropped). Works whichever face received it; any number of threads may wait.
     * {@link #clear()} (and so a reset) forgets what was taken along with the requests; a request
     * the journal dropped for room before it was taken is skipped.
     *
     * @param timeout how long to wait at most; zero does not wait
     * @return the request, or empty when none arrived within {@code timeout}
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Optional<RecordedRequest> takeRequest(Duration timeout) throws InterruptedException {
        return take(null, timeout);
    }

    /**
     * Waits for the next request not taken yet that a pattern matches, in arrival order, as
     * {@link #takeRequest(Duration)}; requests it passes over stay for later takes.
     *
     * @param pattern what to wait for
     * @param timeout how long to wait at most; zero does not wait
     * @return the request, or empty when no matching one arrived within {@code timeout}
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Optional<RecordedRequest> takeRequest(RequestPattern pattern, Duration timeout) throws InterruptedException {
        return take(Objects.requireNonNull(pattern, "pattern"), timeout);
    }

    private Optional<RecordedRequest> take(RequestPattern pattern, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("takeRequest: timeout must not be negative, got " + timeout);
        }
        long deadline = System.nanoTime() + saturatedNanos(timeout);
        synchronized (requests) {
            while (true) {
                for (Entry e : requests) {
                    if (e.taken) {
                        continue;
                    }
                    if (!e.settled) {
                        if (pattern == null) {
                            break; // arrival order: wait for this one to be answered
                        }
                        continue; // not answered yet: looked at again once it is
                    }
                    RecordedRequest r = e.request();
                    if (pattern == null || pattern.matches(r)) {
                        e.taken = true;
                        return Optional.of(r);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(requests, left);
            }
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 2;
        }
    }

    /** Forgets every recorded request, and which of them were taken. */
    public void clear() {
        synchronized (requests) {
            requests.clear();
            bytes = 0;
        }
    }

    /** Whether a header, by its lower-case name, carries a secret the journal redacts. */
    static boolean isSecretHeader(String lowerCaseName) {
        return SECRET_HEADERS.contains(lowerCaseName);
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
