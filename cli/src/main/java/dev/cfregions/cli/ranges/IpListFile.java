package dev.cfregions.cli.ranges;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.sync.InputFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an {@code --ips} file: one IP a line; {@code #} starts a comment; blank lines are skipped. */
public final class IpListFile {
    private IpListFile() {}

    /**
     * Reads the file.
     *
     * @param file the file
     * @return the IPs, in file order
     * @throws InputFileException naming the file and line of an invalid IP
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<OriginIp> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        List<OriginIp> ips = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                ips.add(OriginIp.of(text, "ip"));
            } catch (ValidationException e) {
                throw new InputFileException(file.toString(), i + 1, e.field(), e.value(), e.reason());
            }
        }
        return ips;
    }
}
