/**
 * The adapters from the reconciliation port {@link dev.cfregions.core.sync.MappingStore} to the
 * endpoint families: {@link dev.cfregions.core.sync.store.MappingStores} makes them.
 */
package dev.cfregions.core.sync.store;
