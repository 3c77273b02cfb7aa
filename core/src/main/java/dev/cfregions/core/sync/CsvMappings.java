package dev.cfregions.core.sync;

import dev.cfregions.core.model.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV form of a desired set: {@code ip,vendor,region} per line, an optional header of
 * exactly those names, {@code #} comment lines, blank lines ignored, LF or CRLF. Fields are
 * never trimmed; a field may be double-quoted (with {@code ""} for a quote), as spreadsheets
 * write them.
 */
final class CsvMappings {
    static final String HEADER = "ip,vendor,region";

    private CsvMappings() {}

    static DesiredSet read(String text, String file) {
        DesiredSet.Builder set = DesiredSet.builder();
        String[] lines = text.split("\n", -1);
        boolean sawHeaderOrRow = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line, file, lineNo);
            if (!sawHeaderOrRow && String.join(",", fields).toLowerCase(Locale.ROOT).equals(HEADER)) {
                sawHeaderOrRow = true;
                continue;
            }
            sawHeaderOrRow = true;
            if (fields.size() < 3) {
                String missing = fields.size() == 1 ? "vendor" : "region";
                throw new InputFileException(file, lineNo, missing, null, "missing: expected 3 fields " + HEADER + ", found "
                        + fields.size());
            }
            if (fields.size() > 3) {
                throw new InputFileException(file, lineNo, "line", line, "expected 3 fields " + HEADER + ", found "
                        + fields.size());
            }
            MappingEntries.add(set, fields.get(0), fields.get(1), fields.get(2), file, lineNo);
        }
        if (!sawHeaderOrRow) {
            throw new InputFileException(file, 0, "file", null, "no mappings and no header; a desired set that is "
                    + "empty on purpose is the header line " + HEADER + " alone");
        }
        return set.build();
    }

    private static List<String> split(String line, String file, int lineNo) {
        List<String> fields = new ArrayList<>(3);
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= line.length()) {
                        throw new InputFileException(file, lineNo, "line", line, "a quoted field is not closed");
                    }
                    char c = line.charAt(j);
                    if (c == '"' && j + 1 < line.length() && line.charAt(j + 1) == '"') {
                        sb.append('"');
                        j += 2;
                    } else if (c == '"') {
                        j++;
                        break;
                    } else {
                        sb.append(c);
                        j++;
                    }
                }
                fields.add(sb.toString());
                if (j == line.length()) {
                    return fields;
                }
                if (line.charAt(j) != ',') {
                    throw new InputFileException(file, lineNo, "line", line, "text after a closing quote at column " + (j + 1));
                }
                i = j + 1;
            } else {
                int comma = line.indexOf(',', i);
                if (comma < 0) {
                    fields.add(line.substring(i));
                    return fields;
                }
                fields.add(line.substring(i, comma));
                i = comma + 1;
            }
        }
    }

    static void write(List<Mapping> mappings, StringBuilder out) {
        out.append(HEADER).append('\n');
        for (Mapping m : mappings) {
            out.append(field(m.ip().value())).append(',').append(field(m.vendor().value())).append(',')
                    .append(field(m.region())).append('\n');
        }
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && !s.startsWith("#")) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
