/**
 * Implementation details: the request pipeline (one decorator per concern), the retry loop, JSON codecs and transport discovery. Not an API: may change in any release, and other modules must not use it.
 */
package dev.cfregions.core.internal;
