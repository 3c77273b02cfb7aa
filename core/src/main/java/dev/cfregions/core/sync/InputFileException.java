package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ValidationException;

/**
 * A desired-set file could not be read: the message names the file, the line and the field,
 * such as {@code desired.csv:7: ip "10.0.0.01": IPv4 octet has a leading zero}. The field,
 * value and reason are those of {@link ValidationException}.
 */
public class InputFileException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /** The file's name as the user gave it. */
    private final String file;
    /** The 1-based line, or 0 for the file as a whole. */
    private final int line;
    /** The message, with file and line. */
    private final String message;

    /**
     * @param file the file's name as the user gave it
     * @param line the 1-based line, or 0 when the problem is the file as a whole
     * @param field the field, such as {@code ip} or {@code region}, or {@code file}
     * @param value the offending value, or null when missing
     * @param reason why it was refused
     */
    public InputFileException(String file, int line, String field, String value, String reason) {
        super(field, value, reason);
        this.file = file;
        this.line = line;
        // the field, value and reason as ValidationException shows them (escaped), without its "Invalid " prefix
        String detail = super.getMessage().substring("Invalid ".length());
        this.message = file + (line > 0 ? ":" + line : "") + ": " + detail;
    }

    /**
     * The same problem located in a file.
     *
     * @param file the file's name
     * @param line the 1-based line
     * @param cause the field's validation error
     * @return the exception
     */
    static InputFileException at(String file, int line, ValidationException cause) {
        InputFileException e = new InputFileException(file, line, cause.field(), cause.value(), cause.reason());
        e.initCause(cause);
        return e;
    }

    /**
     * The file's name as given.
     *
     * @return the name
     */
    public String file() {
        return file;
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, or 0 when the file as a whole is wrong (empty, not UTF-8, not an array)
     */
    public int line() {
        return line;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
