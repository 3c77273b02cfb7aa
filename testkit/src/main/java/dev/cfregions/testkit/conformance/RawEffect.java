package dev.cfregions.testkit.conformance;

/**
 * What a {@link RawSocketPeer} does once it has read a request's head: the closed set of
 * connection faults the suite needs, none of which a well-behaved HTTP server can produce.
 */
enum RawEffect {
    /** Sends a status line, headers promising 1,000 bytes and 100 of them, then resets (RST). */
    RESET_MID_BODY,
    /** Sends a status line, headers promising 1,000 bytes and 100 of them, then closes (FIN). */
    TRUNCATED_BODY,
    /** Answers with bytes that are not HTTP at all, then closes. */
    NOT_HTTP,
    /** Closes the connection (FIN) without writing a byte of response. */
    CLOSE_WITHOUT_RESPONSE,
    /** Never answers; reports when the client closes its end. */
    HOLD_OPEN
}
