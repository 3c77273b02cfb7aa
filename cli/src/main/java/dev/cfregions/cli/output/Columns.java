package dev.cfregions.cli.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, values made safe for a terminal. */
public final class Columns {
    private final List<String[]> rows = new ArrayList<>();
    private final int width;

    /** @param headers the column headers */
    public Columns(String... headers) {
        this.width = headers.length;
        rows.add(headers);
    }

    /**
     * Adds a row.
     *
     * @param cells one value per column
     * @return this table
     */
    public Columns row(String... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + width + " columns");
        }
        String[] safe = new String[width];
        for (int i = 0; i < width; i++) {
            safe[i] = Text.printable(cells[i]);
        }
        rows.add(safe);
        return this;
    }

    /** @param out where to print the table */
    public void print(PrintStream out) {
        int[] widths = new int[width];
        for (String[] row : rows) {
            for (int i = 0; i < width; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (String[] row : rows) {
            line.setLength(0);
            for (int i = 0; i < width; i++) {
                line.append(row[i]);
                if (i < width - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
