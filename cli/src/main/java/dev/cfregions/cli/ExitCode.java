package dev.cfregions.cli;

/**
 * The tool's exit codes. They are fixed: scripts and CI jobs branch on them, so they are listed
 * in {@code --help} and README and never renumbered.
 */
public final class ExitCode {
    /** Success, or nothing to do. */
    public static final int OK = 0;
    /** The API, authentication or the transport failed. */
    public static final int API_FAILURE = 1;
    /** {@code plan --detailed-exitcode} only: changes are pending (Terraform's convention). */
    public static final int CHANGES_PENDING = 2;
    /** Some items of a write failed; the rest were applied. */
    public static final int ITEMS_FAILED = 3;
    /** Refused before any write: {@code --max-deletes} exceeded, or deletions without {@code --yes}. */
    public static final int REFUSED = 4;
    /** {@code infer} could not map every IP. */
    public static final int UNMAPPED = 5;
    /** Bad usage: an unknown option, a missing argument, a value of the wrong form. */
    public static final int USAGE = 64;
    /** A bad input file (its name, line and field are printed). */
    public static final int BAD_INPUT = 65;

    private ExitCode() {}
}
