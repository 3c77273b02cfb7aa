package dev.cfregions.testkit;

import java.math.BigInteger;

/**
 * A v2 list's {@code page} and {@code per_page} (reference §6, §9.1), parsed strictly from the
 * raw query: decimal digits only ({@code +1}, {@code 1.0}, {@code 0x1} and an empty value are
 * non-numeric), {@code page} ≥ 1 with no upper bound, {@code per_page} 1..100; anything else is
 * 400/1146. The first occurrence of a parameter counts; other parameters are ignored.
 *
 * @param page the page number, 1-based; may exceed any int (such a page is simply past the end)
 * @param perPage the page size, 1..100
 */
record PageQuery(BigInteger page, int perPage) {
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 100;
    static final String BAD_PAGE = "invalid page parameter, must be greater than or equal to 1";
    static final String BAD_PER_PAGE = "invalid per_page parameter, must be between 1 and 100";

    static PageQuery parse(String rawQuery) {
        String page = null;
        String perPage = null;
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = Router.decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if ("page".equals(name) && page == null) {
                    page = decodeValue(value);
                } else if ("per_page".equals(name) && perPage == null) {
                    perPage = decodeValue(value);
                }
            }
        }
        BigInteger p = page == null ? BigInteger.ONE : number(page, BAD_PAGE);
        if (p.signum() < 1) {
            throw ApiFailure.badRequest(BAD_PAGE);
        }
        BigInteger pp = perPage == null ? BigInteger.valueOf(DEFAULT_PER_PAGE) : number(perPage, BAD_PER_PAGE);
        if (pp.signum() < 1 || pp.compareTo(BigInteger.valueOf(MAX_PER_PAGE)) > 0) {
            throw ApiFailure.badRequest(BAD_PER_PAGE);
        }
        return new PageQuery(p, pp.intValue());
    }

    /** Index of the first item of this page, or -1 when it lies beyond any zone (past int range). */
    long offset() {
        BigInteger first = page.subtract(BigInteger.ONE).multiply(BigInteger.valueOf(perPage));
        return first.bitLength() < 63 ? first.longValue() : -1;
    }

    /** Query values use {@code +} for a space as well as percent escapes; null when malformed. */
    private static String decodeValue(String raw) {
        String decoded = Router.decode(raw.replace('+', ' '));
        return decoded == null ? "" : decoded;
    }

    /** A negative sign is allowed here only so that {@code page=-1} gets the range message, as the reference words it. */
    private static BigInteger number(String text, String message) {
        String digits = text.startsWith("-") ? text.substring(1) : text;
        if (digits.isEmpty()) {
            throw ApiFailure.badRequest(message);
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw ApiFailure.badRequest(message);
            }
        }
        return new BigInteger(text);
    }
}
