/**
 * The client: {@link dev.cfregions.core.CloudflareClient} and what configures it (credentials, retry policy, sleeper).
 */
package dev.cfregions.core;
