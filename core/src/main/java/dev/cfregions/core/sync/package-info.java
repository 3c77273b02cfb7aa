/**
 * Reconciliation: make a zone's mappings equal a desired list in the fewest requests the API
 * allows.
 *
 * <ul>
 *   <li>{@link dev.cfregions.core.sync.Planner#plan} compares a {@link dev.cfregions.core.sync.DesiredSet}
 *       with the zone's current mappings and gives an immutable {@link dev.cfregions.core.sync.Plan}:
 *       creates, updates, deletes and unchanged, keyed by canonical IP. Pure: no I/O.</li>
 *   <li>{@link dev.cfregions.core.sync.Applier} carries a plan out through a
 *       {@link dev.cfregions.core.sync.MappingStore} (batches of 100, bounded concurrency,
 *       re-reading and re-planning after request-level failures) and gives a
 *       {@link dev.cfregions.core.sync.SyncReport} whose request counts are the HTTP requests
 *       actually sent, retries included. {@link dev.cfregions.core.sync.Applier#prepare} reads and
 *       plans first, for a caller that shows the plan or asks before applying it.</li>
 *   <li>{@link dev.cfregions.core.sync.MappingFiles} reads and writes desired sets as CSV or JSON.</li>
 * </ul>
 *
 * <p>This package sees only the {@link dev.cfregions.core.sync.MappingStore} port, never an
 * endpoint family; the adapters for the families are in {@code dev.cfregions.core.sync.store}.
 */
package dev.cfregions.core.sync;
