package dev.cfregions.testkit;

import dev.cfregions.core.spi.HttpHeaders;

/**
 * A request as either face hands it to the engine: method, raw (still percent-encoded) path,
 * raw query or null, headers and body bytes (empty, never null).
 */
record IncomingRequest(String method, String rawPath, String rawQuery, HttpHeaders headers, byte[] body) {}
