package dev.cfregions.cli;

/** A command declined to write (exit {@value ExitCode#REFUSED}); the message says why and what to pass. */
public final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message why, and what to pass to go ahead */
    public Refused(String message) {
        super(message);
    }
}
