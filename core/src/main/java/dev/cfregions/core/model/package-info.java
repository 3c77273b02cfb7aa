/**
 * The domain model: {@link dev.cfregions.core.model.OriginIp} (RFC 5952 canonical IPs), the open enum {@link dev.cfregions.core.model.Vendor}, mappings, the setting wrapper, batch results and supported regions. Immutable values, no JSON types.
 */
package dev.cfregions.core.model;
