/**
 * The one unchecked exception hierarchy of cfregions, rooted at {@link dev.cfregions.core.errors.CloudflareException}.
 * {@link dev.cfregions.core.errors.ApiException} and its per-status subclasses are answers from the service;
 * {@link dev.cfregions.core.errors.ValidationException} is input refused before sending; transport failures are
 * in {@code dev.cfregions.core.spi}.
 */
package dev.cfregions.core.errors;
