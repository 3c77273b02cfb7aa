package dev.cfregions.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One check of a {@link Count} of requests matching a {@link RequestPattern} against a journal
 * snapshot, and the WireMock-style report when it fails: the pattern, the expected and actual
 * counts, the requests that matched, and, when too few did, the closest ones that did not,
 * ranked by how many parts of the pattern they meet, each with the parts that differed.
 */
final class Verification {
    /** Near misses shown when too few requests matched. */
    static final int CLOSEST_SHOWN = 3;
    /** Matching requests listed when too many matched. */
    static final int MATCHES_SHOWN = 10;

    private final Count count;
    private final RequestPattern pattern;
    private final List<RequestView> received;
    private final List<RequestView> matched = new ArrayList<>();

    Verification(Count count, RequestPattern pattern, List<RecordedRequest> snapshot) {
        this.count = count;
        this.pattern = pattern;
        this.received = new ArrayList<>(snapshot.size());
        for (RecordedRequest r : snapshot) {
            RequestView v = new RequestView(r);
            received.add(v);
            if (pattern.matches(v)) {
                matched.add(v);
            }
        }
    }

    /** {@return the matching requests, oldest first} */
    List<RecordedRequest> matched() {
        List<RecordedRequest> out = new ArrayList<>(matched.size());
        matched.forEach(v -> out.add(v.request));
        return out;
    }

    boolean passed() {
        return count.test(matched.size());
    }

    /** {@return the failure report, or the empty string when the count holds} */
    String report() {
        if (passed()) {
            return "";
        }
        StringBuilder out = new StringBuilder(count.max() == 0 ? "Expected no request" : "Expected " + count + " request(s)")
                .append(" matching\n    ").append(pattern.toString().replace("\n", "\n    "))
                .append("\nbut received ").append(matched.size()).append(" (of ").append(received.size())
                .append(" in the journal).");
        if (received.isEmpty()) {
            return out.append("\nThe journal is empty: the fake received no API request.").toString();
        }
        if (!matched.isEmpty()) {
            out.append("\nMatching requests:");
            for (int i = 0; i < Math.min(MATCHES_SHOWN, matched.size()); i++) {
                out.append("\n  ").append(i + 1).append(". ").append(line(matched.get(i)));
            }
            if (matched.size() > MATCHES_SHOWN) {
                out.append("\n  ... and ").append(matched.size() - MATCHES_SHOWN).append(" more");
            }
        }
        if (matched.size() > count.max()) {
            return out.toString();
        }
        List<NearMiss> misses = closest();
        if (!misses.isEmpty()) {
            out.append("\nClosest requests that did not match:");
            for (int i = 0; i < misses.size(); i++) {
                NearMiss m = misses.get(i);
                out.append("\n  ").append(i + 1).append(". ").append(line(m.request)).append(": ")
                        .append(m.met).append(" of ").append(m.of).append(" parts match");
                for (String d : m.differences) {
                    out.append("\n       ").append(d);
                }
            }
        }
        return out.toString();
    }

    /** The non-matching requests meeting the most parts, the latest first on a tie. */
    private List<NearMiss> closest() {
        List<NearMiss> all = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            RequestView v = received.get(i);
            List<String> differences = new ArrayList<>();
            List<PatternPart> parts = pattern.parts();
            for (PatternPart p : parts) {
                String d = p.mismatch(v);
                if (d != null) {
                    differences.add(d);
                }
            }
            if (!differences.isEmpty()) {
                all.add(new NearMiss(v, i, parts.size() - differences.size(), parts.size(), differences));
            }
        }
        all.sort(Comparator.comparingInt((NearMiss m) -> m.met).reversed().thenComparing(m -> -m.order));
        return all.subList(0, Math.min(CLOSEST_SHOWN, all.size()));
    }

    /** A request as one line: method, path as sent, answer and time. */
    private static String line(RequestView v) {
        RecordedRequest r = v.request;
        return r + " -> " + (r.status() == RecordedRequest.NO_ANSWER ? "no answer" : String.valueOf(r.status()))
                + (r.receivedAt() == null ? "" : " at " + r.receivedAt());
    }

    private record NearMiss(RequestView request, int order, int met, int of, List<String> differences) {}
}
