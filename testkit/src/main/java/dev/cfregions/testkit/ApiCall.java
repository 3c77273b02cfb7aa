package dev.cfregions.testkit;

/**
 * A routed, authenticated and authorized API request, as {@link V1Api} and {@link V2Api} get it.
 *
 * @param operation the matched route
 * @param zoneId a well-formed zone id
 * @param editable false for a read-only token (v1 wrappers say so)
 * @param body the request body, empty when there was none
 * @param ip the decoded {@code {origin_ip}} path segment, or null when the route has none or it could not be decoded
 * @param rawQuery the raw query string, or null
 */
record ApiCall(Operation operation, String zoneId, boolean editable, byte[] body, String ip, String rawQuery) {}
