package dev.cfregions.core.internal;

/**
 * A base URL made safe to show in an error: user info ({@code user:password@}) is replaced by
 * {@code [redacted]}. Works on text that is not a valid URI too, since that is when the URL is
 * most likely to be shown.
 */
public final class BaseUrlRedaction {
    private BaseUrlRedaction() {}

    /**
     * @param url a URL as given, valid or not
     * @return {@code url} with anything before an {@code @} in its authority redacted
     */
    public static String redact(String url) {
        int schemeEnd = url.indexOf("://");
        int authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        int authorityEnd = url.length();
        for (int i = authorityStart; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                authorityEnd = i;
                break;
            }
        }
        int at = url.lastIndexOf('@', authorityEnd - 1);
        if (at < authorityStart) {
            return url;
        }
        return url.substring(0, authorityStart) + "[redacted]" + url.substring(at);
    }
}
