package dev.cfregions.core.sync;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of a desired set. */
public enum FileFormat {
    /** {@code ip,vendor,region} lines; see {@link MappingFiles}. */
    CSV,
    /** An array of {@code {ip, vendor, region}} objects; see {@link MappingFiles}. */
    JSON;

    /**
     * The format a file name says: {@code .csv} or {@code .json}, in any case.
     *
     * @param path the file
     * @return the format
     * @throws InputFileException if the name ends in neither
     */
    public static FileFormat of(Path path) {
        Path name = path.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        throw new InputFileException(path.toString(), 0, "file", null, "name must end in .csv or .json to say its format");
    }
}
