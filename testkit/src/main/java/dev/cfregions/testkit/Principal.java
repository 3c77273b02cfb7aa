package dev.cfregions.testkit;

/**
 * Who a request authenticated as.
 *
 * @param id a stable, non-secret name for rate limiting and diagnostics (never the secret itself)
 * @param scope what the credential may do; API keys get every zone, read-write
 */
record Principal(String id, TokenScope scope) {}
