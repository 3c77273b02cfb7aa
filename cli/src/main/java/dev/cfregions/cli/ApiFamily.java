package dev.cfregions.cli;

/** Which endpoint family the tool speaks: {@code v2} ({@code /origin/cloud_regions}, the default) or the retired {@code v1}. */
public enum ApiFamily {
    /** {@code /zones/{zone_id}/cache/origin_cloud_regions}: deprecated upstream, end of life 2026-10-01. */
    v1,
    /** {@code /zones/{zone_id}/origin/cloud_regions}: the current family. */
    v2
}
