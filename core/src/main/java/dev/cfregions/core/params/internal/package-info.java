/**
 * Checks and the blocking bridge that the parameter types and handles of both endpoint families
 * share. Not an API: may change in any release, and other modules must not use it.
 */
package dev.cfregions.core.params.internal;
