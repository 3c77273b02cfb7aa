package dev.cfregions.core.ranges;

import dev.cfregions.core.errors.CloudflareException;
import java.util.Objects;

/**
 * A range file could not be read: it is not JSON, it ends early, a field has the wrong type or a
 * value is invalid. The message names the file ({@link #source()}), the place in it as a JSON path
 * ({@link #jsonPath()}, such as {@code $.prefixes[3].ip_prefix}) and the reason.
 */
public class RangeFileException extends CloudflareException {
    private static final long serialVersionUID = 1L;

    /** The file's name, as given to the loader. */
    private final String source;
    /** Where in the file, as a JSON path. */
    private final String jsonPath;
    /** What is wrong there. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param source the file's name as given to the loader
     * @param jsonPath where in the file, such as {@code $.values[7].properties.addressPrefixes[0]}
     * @param reason what is wrong there
     * @param cause the underlying parse or read error, or {@code null}
     */
    public RangeFileException(String source, String jsonPath, String reason, Throwable cause) {
        super(source + " at " + jsonPath + ": " + reason, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The file's name, as given to the loader.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Where in the file the problem is, as a JSON path from the root {@code $}.
     *
     * @return the path, such as {@code $.regions[2].cidrs[0].cidr}
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * What is wrong, without the source and path.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
