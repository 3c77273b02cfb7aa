package dev.cfregions.cli.output;

/** The {@code --output} formats: a table for people, JSON and CSV for programs. */
public enum OutputFormat {
    /** Aligned columns for a person at a terminal. */
    table,
    /** One JSON document. */
    json,
    /** {@code ip,vendor,region} rows with a header: the format {@code sync --file} reads. */
    csv
}
