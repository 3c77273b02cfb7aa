/**
 * The clouds' published IP ranges: read AWS, Google Cloud, Azure and Oracle range files with
 * {@link dev.cfregions.core.ranges.RangeSets}, build one
 * {@link dev.cfregions.core.ranges.RangeLookup} over them, and ask it which vendor and region an
 * {@link dev.cfregions.core.model.OriginIp} belongs to: a
 * {@link dev.cfregions.core.ranges.RangeAnswer} that is a match, or says why not (no match, a
 * global range, a conflict, a region the zone does not support). Parsing and lookup only; fetching
 * the files is left to the caller.
 */
package dev.cfregions.core.ranges;
