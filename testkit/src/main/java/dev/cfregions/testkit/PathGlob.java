package dev.cfregions.testkit;

import dev.cfregions.core.model.OriginIp;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path pattern for faults, journal queries and request patterns, relative to
 * {@code /client/v4}: {@code *} matches within one segment, {@code **} across segments;
 * everything else is literal. {@code null} or {@code "**"} matches every path.
 *
 * <p>Both the glob and the path are compared <em>decoded</em>: each segment is percent-decoded,
 * and a segment that is an IP address is replaced by its canonical text ({@link OriginIp}), so
 * {@code /zones/*}{@code /origin/cloud_regions/2001:db8::1} matches the path a client sends,
 * {@code .../2001%3Adb8%3A%3A1}, and a non-canonical spelling such as {@code 2001:DB8:0::1}.
 * A segment whose escapes are malformed, or that decodes to text containing {@code /}, is
 * compared as sent.
 */
final class PathGlob {
    private final String glob;
    private final Pattern pattern;

    private PathGlob(String glob) {
        this.glob = glob;
        String normal = normalize(glob);
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < normal.length()) {
            if (normal.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (normal.charAt(i) == '*') {
                re.append("[^/]*");
                i++;
            } else {
                int next = normal.indexOf('*', i);
                int end = next < 0 ? normal.length() : next;
                re.append(Pattern.quote(normal.substring(i, end)));
                i = end;
            }
        }
        this.pattern = Pattern.compile(re.toString());
    }

    static PathGlob of(String glob) {
        return new PathGlob(glob == null ? "**" : glob);
    }

    /** Whether the raw path (with or without the {@code /client/v4} prefix) matches. */
    boolean matches(String rawPath) {
        return matchesNormalized(normalize(rawPath));
    }

    /** Whether a path already passed through {@link #normalize(String)} matches. */
    boolean matchesNormalized(String normalPath) {
        String p = normalPath.startsWith(Router.API_PREFIX + "/") ? normalPath.substring(Router.API_PREFIX.length()) : normalPath;
        return pattern.matcher(p).matches() || pattern.matcher(normalPath).matches();
    }

    /**
     * The path as the glob sees it: every segment percent-decoded, IP segments canonical.
     *
     * @param rawPath a path as sent (or a glob as written)
     * @return the decoded path, with the same slashes
     */
    static String normalize(String rawPath) {
        if (rawPath.indexOf('%') < 0 && rawPath.indexOf(':') < 0 && rawPath.indexOf('.') < 0) {
            return rawPath; // nothing to decode and no IP: the common case, without allocation
        }
        List<String> segments = Router.split(rawPath);
        StringBuilder out = new StringBuilder(rawPath.length());
        for (String s : segments) {
            out.append('/').append(normalizeSegment(s));
        }
        if (!rawPath.startsWith("/") && out.length() > 0) {
            out.deleteCharAt(0);
        }
        return out.toString();
    }

    /** One segment decoded, or as sent when it cannot be; an IP as its canonical text. */
    static String normalizeSegment(String raw) {
        String decoded = Router.decode(raw);
        if (decoded == null || decoded.indexOf('/') >= 0) {
            return raw;
        }
        return canonicalIp(decoded).orElse(decoded);
    }

    /** The canonical text when {@code text} is an IP address, without building an exception for the many that are not. */
    static Optional<String> canonicalIp(String text) {
        if (!mayBeIp(text)) {
            return Optional.empty();
        }
        return OriginIp.tryParse(text).map(OriginIp::value);
    }

    private static boolean mayBeIp(String text) {
        if (text.isEmpty() || text.length() > 45 || (text.indexOf(':') < 0 && text.indexOf('.') < 0)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex && c != ':' && c != '.') {
                return false;
            }
        }
        return true;
    }

    static boolean methodMatches(String wanted, String actual) {
        return wanted == null || wanted.equals("*") || wanted.equalsIgnoreCase(actual);
    }

    /** Equal when written the same. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PathGlob g && g.glob.equals(glob);
    }

    @Override
    public int hashCode() {
        return glob.hashCode();
    }

    @Override
    public String toString() {
        return glob;
    }
}
