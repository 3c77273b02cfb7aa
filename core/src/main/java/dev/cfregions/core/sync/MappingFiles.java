package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.Mapping;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Desired sets as files, read and written; an exported zone read back is the same set, so
 * syncing an export is a no-op.
 *
 * <ul>
 *   <li><b>CSV</b>: one {@code ip,vendor,region} per line; the header {@code ip,vendor,region}
 *       optional; {@code #} comment lines and blank lines ignored; UTF-8 with or without a byte
 *       order mark; LF or CRLF; fields never trimmed, optionally double-quoted.</li>
 *   <li><b>JSON</b>: {@code [{"ip": "192.0.2.1", "vendor": "aws", "region": "us-east-1"}, ...]}.</li>
 * </ul>
 *
 * Every error is an {@link InputFileException} naming the file, line and field, such as
 * {@code desired.csv:7: ip "10.0.0.01": IPv4 octet has a leading zero}, or a
 * {@link DuplicateEntryException} naming both lines. An empty file is refused (under full
 * ownership it would delete everything); a set empty on purpose is {@code ip,vendor,region}
 * alone or {@code []}.
 */
public final class MappingFiles {
    private MappingFiles() {}

    /**
     * Reads a file in the format its name says ({@code .csv} or {@code .json}).
     *
     * @param path the file
     * @return the desired set
     * @throws InputFileException if the file is malformed or its name says no format
     * @throws DuplicateEntryException if an IP is listed twice
     * @throws UncheckedIOException if the file cannot be read
     */
    public static DesiredSet read(Path path) {
        return read(path, FileFormat.of(path));
    }

    /**
     * Reads a file in the given format.
     *
     * @param path the file
     * @param format its format
     * @return the desired set
     * @throws InputFileException if the file is malformed
     * @throws DuplicateEntryException if an IP is listed twice
     * @throws UncheckedIOException if the file cannot be read
     */
    public static DesiredSet read(Path path, FileFormat format) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        return parse(bytes, path.toString(), format);
    }

    /**
     * Parses file content.
     *
     * @param content the file's bytes (UTF-8, a byte order mark allowed)
     * @param name the file's name, for error messages
     * @param format the format
     * @return the desired set
     * @throws InputFileException if the content is malformed
     * @throws DuplicateEntryException if an IP is listed twice
     */
    public static DesiredSet parse(byte[] content, String name, FileFormat format) {
        if (content == null) {
            throw new ValidationException("content", null, "required");
        }
        if (format == null) {
            throw new ValidationException("format", null, "required");
        }
        String text = Utf8Text.decode(content, name);
        return format == FileFormat.CSV ? CsvMappings.read(text, name) : JsonMappings.read(text, name);
    }

    /**
     * The text of these mappings in a format (timestamps are left out): CSV with its header and
     * LF line ends, or pretty-printed JSON.
     *
     * @param mappings the mappings, such as a zone's listing
     * @param format the format
     * @return the text
     */
    public static String format(Collection<Mapping> mappings, FileFormat format) {
        if (mappings == null) {
            throw new ValidationException("mappings", null, "required");
        }
        List<Mapping> list = List.copyOf(mappings);
        if (format == FileFormat.CSV) {
            StringBuilder sb = new StringBuilder(list.size() * 40 + 20);
            CsvMappings.write(list, sb);
            return sb.toString();
        }
        StringWriter out = new StringWriter(list.size() * 80 + 4);
        JsonMappings.write(list, out);
        return out.toString();
    }

    /**
     * Writes mappings to a file, as UTF-8 without a byte order mark, in the format its name says.
     *
     * @param path the file, replaced if it exists
     * @param mappings the mappings
     * @throws InputFileException if the name ends in neither {@code .csv} nor {@code .json}
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path path, Collection<Mapping> mappings) {
        String text = format(mappings, FileFormat.of(path));
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
