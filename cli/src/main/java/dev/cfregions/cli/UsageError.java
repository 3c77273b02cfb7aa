package dev.cfregions.cli;

/** An option combination picocli cannot check by itself (exit {@value ExitCode#USAGE}). */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the options */
    public UsageError(String message) {
        super(message);
    }
}
