/**
 * What the parameter types of both endpoint families share: the bases of the single-write,
 * batch-upsert and batch-delete parameters, so that {@code cache} and {@code origin} validate
 * their input the same way, once.
 */
package dev.cfregions.core.params;
