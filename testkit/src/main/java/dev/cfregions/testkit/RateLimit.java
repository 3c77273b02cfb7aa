package dev.cfregions.testkit;

import java.time.Duration;

/**
 * A fixed-window request limit per credential, e.g. Cloudflare's 1,200 per 5 minutes.
 *
 * @param requests how many requests a credential may make per window
 * @param window the window length
 */
record RateLimit(int requests, Duration window) {
    RateLimit {
        if (requests <= 0 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate limit needs positive requests and window, got " + requests + " per " + window);
        }
    }
}
