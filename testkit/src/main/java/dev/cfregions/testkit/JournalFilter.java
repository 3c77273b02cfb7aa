package dev.cfregions.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /__fake/journal?method=POST&path=/zones/*}{@code /origin/**}: the journal's requests
 * with that method (default any) whose path matches that glob (default any), as
 * {@link RequestJournal#matching(String, String)} chooses them in Java: the path compared
 * decoded, IP segments by their canonical form ({@link PathGlob}). Richer patterns go through
 * {@code POST /__fake/journal/verify} ({@link RequestPatternJson}).
 */
final class JournalFilter {
    private final String method;
    private final String pathGlob;

    private JournalFilter(String method, String pathGlob) {
        this.method = method;
        this.pathGlob = pathGlob;
    }

    /**
     * Reads {@code method} and {@code path} from a raw query string; other parameters are refused.
     *
     * @throws IllegalArgumentException naming an unknown parameter or a bad escape
     */
    static JournalFilter of(String rawQuery) {
        String method = "*";
        String path = "**";
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                switch (name) {
                    case "method" -> method = value;
                    case "path" -> path = value;
                    default -> throw new IllegalArgumentException("Unknown journal filter \"" + name
                            + "\": give method=<HTTP method> and/or path=<glob>");
                }
            }
        }
        return new JournalFilter(method, path);
    }

    List<RecordedRequest> apply(RequestJournal journal) {
        return journal.matching(method, pathGlob);
    }
}
