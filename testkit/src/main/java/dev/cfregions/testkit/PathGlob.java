package dev.cfregions.testkit;

import java.util.regex.Pattern;

/**
 * A path pattern for faults and journal queries, relative to {@code /client/v4}: {@code *}
 * matches within one segment, {@code **} across segments; everything else is literal.
 * {@code null} or {@code "**"} matches every path.
 */
final class PathGlob {
    private final String glob;
    private final Pattern pattern;

    private PathGlob(String glob) {
        this.glob = glob;
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            if (glob.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (glob.charAt(i) == '*') {
                re.append("[^/]*");
                i++;
            } else {
                int next = glob.indexOf('*', i);
                int end = next < 0 ? glob.length() : next;
                re.append(Pattern.quote(glob.substring(i, end)));
                i = end;
            }
        }
        this.pattern = Pattern.compile(re.toString());
    }

    static PathGlob of(String glob) {
        return new PathGlob(glob == null ? "**" : glob);
    }

    /** Whether the path (with or without the {@code /client/v4} prefix) matches. */
    boolean matches(String rawPath) {
        String p = rawPath.startsWith(Router.API_PREFIX + "/") ? rawPath.substring(Router.API_PREFIX.length()) : rawPath;
        return pattern.matcher(p).matches() || pattern.matcher(rawPath).matches();
    }

    static boolean methodMatches(String wanted, String actual) {
        return wanted == null || wanted.equals("*") || wanted.equalsIgnoreCase(actual);
    }

    @Override
    public String toString() {
        return glob;
    }
}
