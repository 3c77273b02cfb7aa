package dev.cfregions.cli;

/** The transports the jar carries, by their provider names. */
public enum TransportName {
    /** OkHttp 5 (negotiates HTTP/2). */
    okhttp,
    /** Apache HttpClient 5, async. */
    apache,
    /** Netty 4.2. */
    netty
}
